package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The census of the HTML path's errors on train's articles, by kind and
// counted by sites (a kind seen on one site is that site's, not the web's):
// the gold lines the output lost, by the rule that removed them, the
// element they sat in and their place against the kept blocks; and the
// must-not snippets it kept, by the element that holds them, whether the
// snippet is the whole block or a part of it, and the block's place.
// -pipe-dump writes it to census.tsv and prints the kinds seen on the most
// sites.

// censusRow is one error of the census.
type censusRow struct {
	side  string // "lost" (a gold line missed) or "mustnot" (a snippet kept)
	kind  string // rule, element, place...
	id    string // the page
	site  string
	words int
	text  string
}

// placeOf says where blocks [first, last] (0-based) sit against the kept
// ones: "above" the first kept block, "below" the last, or "between".
func placeOf(first, last int, kept []bool) string {
	before, after := false, false
	for i, k := range kept {
		if k && i < first {
			before = true
		}
		if k && i > last {
			after = true
		}
	}
	switch {
	case !before:
		return "above"
	case !after:
		return "below"
	}
	return "between"
}

// keptBlocks marks the walker's blocks (n of them) no removed run holds.
func keptBlocks(n int, removed []extract.Removed) []bool {
	kept := make([]bool, n)
	for i := range kept {
		kept[i] = true
	}
	for _, r := range removed {
		end := max(r.Line, r.EndLine)
		for l := r.Line; l <= end && l <= n; l++ {
			if l >= 1 {
				kept[l-1] = false
			}
		}
	}
	return kept
}

// tagOf names a walker block's element for the census: its tag, with
// "fig" when it sits in a figure, "list" when in a list and "hidden" when
// hidden from view.
func tagOf(b *htmldoc.Block) string {
	t := b.Tag
	if b.Hidden {
		t += "/hidden"
	}
	if b.InFigure && t != "figcaption" {
		t += "/fig"
	}
	if b.InList && t != "li" {
		t += "/list"
	}
	if w := markWord(b.Words); w != "" {
		t += "/" + w
	}
	return t
}

// censusMarks are the class and id words that name a part of a page; the
// census tags a block with the nearest one its element or an ancestor
// carries, to sort the errors by the box they sit in.
var censusMarks = map[string]bool{
	"comment": true, "comments": true, "commentlist": true, "disqus": true, "respond": true, "reply": true,
	"related": true, "recommended": true, "sidebar": true, "widget": true, "author": true, "bio": true,
	"faq": true, "newsletter": true, "subscribe": true, "share": true, "footer": true, "nav": true,
	"menu": true, "breadcrumb": true, "toc": true, "caption": true, "promo": true, "cta": true, "ad": true,
}

// markWord returns the nearest of words (outermost first) that is one of
// censusMarks, or "".
func markWord(words []string) string {
	for i := len(words) - 1; i >= 0; i-- {
		if censusMarks[words[i]] {
			return words[i]
		}
	}
	return ""
}

// censusPage returns the census rows of one article: src its HTML, body
// and removed the HTML path's output.
func censusPage(p *wcxb.Page, src []byte, body string, removed []extract.Removed) []censusRow {
	doc, err := htmldoc.Parse(src, "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		return nil
	}
	kept := keptBlocks(len(doc.Blocks), removed)
	var rows []censusRow
	runs := shingles(p.Main)
	for _, r := range removed {
		lines := goldLines(r.Text, runs)
		if len(lines) == 0 {
			continue
		}
		tag := "?"
		if r.Line >= 1 && r.Line <= len(doc.Blocks) {
			tag = tagOf(&doc.Blocks[r.Line-1])
		}
		place := placeOf(r.Line-1, max(r.Line, r.EndLine)-1, kept)
		for _, l := range lines {
			if len(nonGold(l, body)) == 0 {
				continue // the output holds it elsewhere (a repeat)
			}
			rows = append(rows, censusRow{"lost", r.Rule + " " + tag + " " + place, p.ID, p.Site, len(wcxb.Tokens(l)), l})
		}
	}
	for _, snip := range p.Without {
		if _, ok := lineWith(body, snip); !ok {
			continue
		}
		ls := wcxb.Lower(snip)
		for i, b := range doc.Blocks {
			if !kept[i] || !strings.Contains(wcxb.Lower(b.Text), ls) {
				continue
			}
			whole := "part"
			if len(wcxb.Tokens(b.Text)) <= len(wcxb.Tokens(snip))+2 {
				whole = "whole"
			}
			rows = append(rows, censusRow{"mustnot", tagOf(&b) + " " + whole + " " + placeOf(i, i, kept), p.ID, p.Site, len(wcxb.Tokens(b.Text)), b.Text})
			break
		}
	}
	return rows
}

// writeCensus writes the census of the articles of gold to dir/census.tsv
// (side, kind, page, site, words, text) and prints to log, for each side,
// the kinds by the number of sites they are seen on.
func writeCensus(dir string, gold []*wcxb.Page, srcs [][]byte, bodies []string, removed [][]extract.Removed, log io.Writer) error {
	all := make([][]censusRow, len(gold))
	forEach(len(gold), func(k int) {
		if gold[k].Type == wcxb.Article {
			all[k] = censusPage(gold[k], srcs[k], bodies[k], removed[k])
		}
	})
	return writeCensusRows(filepath.Join(dir, "census.tsv"), all, log)
}

// writeCensusRows writes the census rows to the file at path, one per line
// (side, kind, page, site, words, text), and prints their tally to log.
func writeCensusRows(path string, all [][]censusRow, log io.Writer) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, rows := range all {
		for _, r := range rows {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%s\n", r.side, r.kind, r.id, r.site, r.words, oneLine(r.text))
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	printCensus(all, log)
	return f.Close()
}

// censusKind is a kind's tally: sites, pages, words.
type censusKind struct {
	side, kind    string
	sites, pages  map[string]bool
	words, blocks int
}

// printCensus prints each side's kinds seen on two sites or more, by
// sites, then words.
func printCensus(all [][]censusRow, log io.Writer) {
	byKind := map[string]*censusKind{}
	for _, rows := range all {
		for _, r := range rows {
			key := r.side + "\t" + r.kind
			c := byKind[key]
			if c == nil {
				c = &censusKind{side: r.side, kind: r.kind, sites: map[string]bool{}, pages: map[string]bool{}}
				byKind[key] = c
			}
			c.sites[r.site], c.pages[r.id] = true, true
			c.words += r.words
			c.blocks++
		}
	}
	kinds := make([]*censusKind, 0, len(byKind))
	for _, c := range byKind {
		kinds = append(kinds, c)
	}
	sort.Slice(kinds, func(i, j int) bool {
		a, b := kinds[i], kinds[j]
		if a.side != b.side {
			return a.side < b.side
		}
		if len(a.sites) != len(b.sites) {
			return len(a.sites) > len(b.sites)
		}
		if a.words != b.words {
			return a.words > b.words
		}
		return a.kind < b.kind
	})
	for _, c := range kinds {
		if len(c.sites) >= 2 {
			fmt.Fprintf(log, "census %s %-40s sites %3d pages %3d items %4d words %6d\n", c.side, c.kind, len(c.sites), len(c.pages), c.blocks, c.words)
		}
	}
}
