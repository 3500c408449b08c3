package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// The gap census: every block the HTML path removed between two blocks it
// kept, with where it sits against them in the tree and whether the gold
// holds it, to weigh a smoothing rule ("a block between two story blocks
// of one container is story") before building it. For each such block: up
// and down, the levels from the kept block before it and the kept block
// after it to their nearest common ancestor (the container; 1 and 1 when
// the two are siblings); depth, the block's own levels below that
// container (1: a sibling of theirs, 2: wrapped once); whether it reads as
// prose; the nearest class or id word of the elements between it and the
// container that names a part of a page (censusMarks: a bio, a related
// box); the gold's verdict; the must-not snippets it holds. -pipe-dump
// writes it to gaps.tsv and prints the tallies of gapKinds.

// maxGapLevels bounds the walk up the tree from a block to the container:
// a container further up is not the story's.
const maxGapLevels = 12

// gapRow is one removed block between two kept ones.
type gapRow struct {
	id, site, rule, tag string
	up, down, depth     int // levels to the container (0: past maxGapLevels)
	prose               bool
	mark                string // the nearest part-of-page word between it and the container
	linkDensity         float64
	words               int
	gold                bool
	mustNot             int // must-not snippets it holds
	text                string
}

// ancestorAt returns the levels from n up to a, or 0 when a is not within
// maxGapLevels of n.
func ancestorAt(n, a *html.Node) int {
	for up := 0; n != nil && up <= maxGapLevels; n, up = n.Parent, up+1 {
		if n == a {
			return up
		}
	}
	return 0
}

// commonAncestor returns the nearest common ancestor of a and b within
// maxGapLevels of both and the levels from each to it, or nil.
func commonAncestor(a, b *html.Node) (*html.Node, int, int) {
	for x, up := a, 0; x != nil && up <= maxGapLevels; x, up = x.Parent, up+1 {
		if down := ancestorAt(b, x); down > 0 || x == b {
			return x, up, down
		}
	}
	return nil, 0, 0
}

// wrapperMark returns the nearest censusMarks word of the class and id of
// the elements from n's parent up to (not including) container.
func wrapperMark(n, container *html.Node) string {
	var words []string
	for x := n.Parent; x != nil && x != container; x = x.Parent {
		for _, a := range x.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			words = htmldoc.SplitWords(a.Val, words[:0])
			if w := markWord(words); w != "" {
				return w
			}
		}
	}
	return ""
}

// gapsPage returns the gap rows of one article: src its HTML, removed the
// HTML path's removed runs.
func gapsPage(p *wcxb.Page, src []byte, removed []extract.Removed) []gapRow {
	doc, err := htmldoc.Parse(src, "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		return nil
	}
	bs := doc.Blocks
	kept := keptBlocks(len(bs), removed)
	rule := make([]string, len(bs))
	for _, r := range removed {
		for l := max(r.Line, 1); l <= max(r.Line, r.EndLine) && l <= len(bs); l++ {
			rule[l-1] = r.Rule
		}
	}
	// the nearest kept block after each block (-1: none)
	next := make([]int, len(bs))
	n := -1
	for i := len(bs) - 1; i >= 0; i-- {
		next[i] = n
		if kept[i] && bs[i].Node != nil {
			n = i
		}
	}
	runs := shingles(p.Main)
	var rows []gapRow
	prev := -1
	for j := range bs {
		b := &bs[j]
		if kept[j] {
			if b.Node != nil {
				prev = j
			}
			continue
		}
		if prev < 0 || next[j] < 0 || b.Node == nil {
			continue
		}
		c, up, down := commonAncestor(bs[prev].Node, bs[next[j]].Node)
		depth, mark := 0, ""
		if c != nil {
			if depth = ancestorAt(b.Node, c); depth > 0 {
				mark = wrapperMark(b.Node, c)
			}
		}
		sh := blockfeat.ShapeOf(b.Text)
		mn := 0
		for _, s := range p.Without {
			if strings.Contains(wcxb.Lower(b.Text), wcxb.Lower(s)) {
				mn++
			}
		}
		rows = append(rows, gapRow{id: p.ID, site: p.Site, rule: rule[j], tag: b.Tag, up: up, down: down, depth: depth,
			prose: sh.IsProse(), mark: mark, linkDensity: b.LinkDensity, words: sh.Words,
			gold: len(goldLines(b.Text, runs)) > 0 || goldShort(b.Text, p.Main), mustNot: mn, text: b.Text})
	}
	return rows
}

// goldShort reports whether a block of fewer than three tokens is printed
// in the gold as a whole run of tokens.
func goldShort(text, gold string) bool {
	ts := wcxb.Tokens(text)
	if len(ts) == 0 || len(ts) >= 3 {
		return false
	}
	return strings.Contains(" "+strings.Join(wcxb.Tokens(gold), " ")+" ", " "+strings.Join(ts, " ")+" ")
}

// gapKind is one smoothing rule the census weighs: the removed gaps it
// would keep.
type gapKind struct {
	name string
	take func(*gapRow) bool
}

// gapText: a block a smoothing rule could keep at all: few links, under a
// container within reach, in no box a part-of-page word names.
func gapText(r *gapRow) bool {
	return r.linkDensity <= 0.3 && r.up > 0 && r.down > 0 && r.depth > 0 && r.mark == ""
}

var gapKinds = []gapKind{
	{"any", func(r *gapRow) bool { return true }},
	{"prose", func(r *gapRow) bool { return r.prose && r.linkDensity <= 0.3 }},
	{"prose unmarked", func(r *gapRow) bool { return r.prose && gapText(r) }},
	{"prose unmarked wrapped once", func(r *gapRow) bool { return r.prose && gapText(r) && r.up == 1 && r.down == 1 && r.depth == 2 }},
	{"prose unmarked container <= 3", func(r *gapRow) bool { return r.prose && gapText(r) && r.up <= 3 && r.down <= 3 }},
	{"li sentence unmarked", func(r *gapRow) bool {
		return r.tag == "li" && gapText(r) && r.words >= 6 && strings.ContainsAny(lastRune(r.text), ".!?")
	}},
	{"h2-h4 unmarked container <= 2", func(r *gapRow) bool {
		return (r.tag == "h2" || r.tag == "h3" || r.tag == "h4") && gapText(r) && r.up <= 2 && r.down <= 2
	}},
}

// lastRune returns the last rune of s as a string.
func lastRune(s string) string {
	s = strings.TrimSpace(s)
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			return s[i:]
		}
	}
	return ""
}

// writeGaps writes the gap census of the articles of gold to dir/gaps.tsv
// (page, site, rule, tag, up, down, depth, prose, mark, gold, must-not,
// words, text) and prints to log, for each of gapKinds, the gold and the
// non-gold blocks, words and sites it would keep, and the must-not
// snippets among them.
func writeGaps(dir string, gold []*wcxb.Page, srcs [][]byte, removed [][]extract.Removed, log io.Writer) error {
	all := make([][]gapRow, len(gold))
	forEach(len(gold), func(k int) {
		if gold[k].Type == wcxb.Article {
			all[k] = gapsPage(gold[k], srcs[k], removed[k])
		}
	})
	f, err := os.Create(filepath.Join(dir, "gaps.tsv"))
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, rows := range all {
		for _, r := range rows {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%v\t%s\t%v\t%d\t%d\t%s\n", r.id, r.site, r.rule, r.tag, r.up, r.down, r.depth,
				r.prose, r.mark, r.gold, r.mustNot, r.words, oneLine(r.text))
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	printGaps(all, log)
	return f.Close()
}

// gapTally counts one side of a gap kind.
type gapTally struct {
	blocks, words int
	sites         map[string]bool
}

// printGaps prints each of gapKinds' tally over all.
func printGaps(all [][]gapRow, log io.Writer) {
	for _, k := range gapKinds {
		var g, ng gapTally
		g.sites, ng.sites = map[string]bool{}, map[string]bool{}
		mn := 0
		for _, rows := range all {
			for i := range rows {
				r := &rows[i]
				if !k.take(r) {
					continue
				}
				t := &ng
				if r.gold {
					t = &g
				}
				t.blocks++
				t.words += r.words
				t.sites[r.site] = true
				mn += r.mustNot
			}
		}
		fmt.Fprintf(log, "gaps %-32s gold %5d blocks %6d words %3d sites | not gold %5d blocks %6d words %3d sites | must-not %d\n",
			k.name, g.blocks, g.words, len(g.sites), ng.blocks, ng.words, len(ng.sites), mn)
	}
}
