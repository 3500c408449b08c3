package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// The must-not snippets the text path keeps, each beside what the HTML
// path does with the same page (text round twenty-five): -pipecv with
// -pipe-dump writes snippets.txt, the census text round twenty-two made by
// hand.

// snippetContext is how many of the page's flattened lines, not blank,
// snippets.txt shows either side of the line holding a snippet.
const snippetContext = 6

// snippetRow is one must-not snippet a held-out text output keeps.
type snippetRow struct {
	id, site, snippet string
	html              string   // the HTML path's verdict: "drops", "keeps", "no html"
	place             string   // the line against the output's gold lines: "above", "between", "below", "no gold"
	line, lines       int      // the output's line holding it (from 1) and the output's lines
	context           []string // the page's lines around it, marked
}

// htmlVerdict returns what the HTML path (the built-in model, so in
// sample on train) does with snippet on page p: "keeps", "drops", or "no
// html" when the data holds no HTML for it or extraction fails.
func htmlVerdict(ds *wcxb.Dataset) func(p *wcxb.Page, snippet string) string {
	return func(p *wcxb.Page, snippet string) string {
		src, err := ds.HTML(p.ID)
		if err != nil || len(src) == 0 {
			return "no html"
		}
		body, _ := htmlBody(src, p.URL)
		if body == "" {
			return "no html"
		}
		if strings.Contains(wcxb.Lower(body), wcxb.Lower(snippet)) {
			return "keeps"
		}
		return "drops"
	}
}

// snippetRows lists, for each article of pages, the must-not snippets its
// text output (bodies[k]) keeps, with verdict's reading of the HTML path
// on the same page, the place of the line holding it and the page's
// flattened lines (srcs, by ID) around that line.
func snippetRows(pages []*page, srcs map[string][]byte, bodies []string, verdict func(p *wcxb.Page, snippet string) string) []snippetRow {
	var rows []snippetRow
	for k, p := range pages {
		g := p.gold
		if g.Type != wcxb.Article {
			continue
		}
		var out []string // the output's lines, lower-cased, not blank
		for l := range strings.Lines(bodies[k]) {
			if s := strings.TrimSpace(l); s != "" {
				out = append(out, wcxb.Lower(s))
			}
		}
		var gold []bool
		for _, snip := range g.Without {
			ls := wcxb.Lower(snip)
			if !strings.Contains(wcxb.Lower(bodies[k]), ls) {
				continue
			}
			if gold == nil {
				gold = heldLines(out, g.Main)
			}
			first, _, _ := strings.Cut(ls, "\n")
			at := slices.IndexFunc(out, func(s string) bool { return strings.Contains(s, first) })
			rows = append(rows, snippetRow{
				id: g.ID, site: g.Site, snippet: oneLine(snip),
				html:    verdict(g, snip),
				place:   linePlace(gold, at),
				line:    at + 1,
				lines:   len(out),
				context: pageContext(srcs[g.ID], out, at, first),
			})
		}
	}
	return rows
}

// heldLines tells which of out's lines the gold holds (those nonGold does
// not list).
func heldLines(out []string, gold string) []bool {
	not := make(map[string]bool)
	for _, l := range nonGold(strings.Join(out, "\n"), gold) {
		not[l] = true
	}
	held := make([]bool, len(out))
	for i, l := range out {
		held[i] = !not[l]
	}
	return held
}

// linePlace is where the output's line at stands against the lines the
// gold holds: "above" its first, "below" its last, "between", or "no
// gold"; "across lines" when no one line holds the snippet (at < 0).
func linePlace(gold []bool, at int) string {
	if at < 0 {
		return "across lines"
	}
	first := slices.Index(gold, true)
	if first < 0 {
		return "no gold"
	}
	last := len(gold) - 1
	for !gold[last] {
		last--
	}
	switch {
	case at < first:
		return "above"
	case at > last:
		return "below"
	}
	return "between"
}

// pageContext returns the page's lines (src, not blank, trimmed) around
// the one holding the output's line at (out's lines lower-cased), or
// failing that the snippet's first line (lower-cased), each with its
// line number in src, marked "K" when the output holds it and ">" for that
// line; nil when neither is found.
func pageContext(src []byte, out []string, at int, first string) []string {
	var raw, lows []string
	var nums []int // each of raw's line numbers in src, from 1
	n := 0
	for l := range strings.Lines(string(src)) {
		n++
		if s := strings.TrimSpace(l); s != "" {
			raw = append(raw, s)
			lows = append(lows, wcxb.Lower(s))
			nums = append(nums, n)
		}
	}
	hit := -1
	if at >= 0 {
		hit = slices.Index(lows, out[at])
	}
	if hit < 0 {
		hit = slices.IndexFunc(lows, func(s string) bool { return strings.Contains(s, first) })
	}
	if hit < 0 {
		return nil
	}
	kept := make(map[string]bool, len(out))
	for _, l := range out {
		kept[l] = true
	}
	var ctx []string
	for i := max(0, hit-snippetContext); i < min(len(raw), hit+snippetContext+1); i++ {
		mark := []byte("   ")
		if i == hit {
			mark[0] = '>'
		}
		if kept[lows[i]] {
			mark[1] = 'K'
		}
		ctx = append(ctx, fmt.Sprintf("%s%6d  %s", mark, nums[i], clip(raw[i], 160)))
	}
	return ctx
}

// clip cuts s to at most n runes, marking a cut with "...".
func clip(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "..."
		}
		n--
	}
	return s
}

// writeSnippets writes rows to w, each with its context, then the counts
// by the HTML path's verdict and by place, of snippets and of sites.
func writeSnippets(w io.Writer, rows []snippetRow) error {
	bw := bufio.NewWriter(w)
	for _, r := range rows {
		fmt.Fprintf(bw, "== %s %s | html %s | %s, output line %d of %d | %q\n", r.id, r.site, r.html, r.place, r.line, r.lines, r.snippet)
		for _, c := range r.context {
			fmt.Fprintf(bw, "  %s\n", c)
		}
	}
	type count struct {
		n     int
		sites map[string]bool
	}
	tally := func(key func(snippetRow) string) {
		by := make(map[string]*count)
		var keys []string
		for _, r := range rows {
			k := key(r)
			c := by[k]
			if c == nil {
				c = &count{sites: make(map[string]bool)}
				by[k] = c
				keys = append(keys, k)
			}
			c.n++
			c.sites[r.site] = true
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(bw, "  %-24s %3d snippets on %3d sites\n", k, by[k].n, len(by[k].sites))
		}
	}
	fmt.Fprintf(bw, "\n%d snippets kept; by the HTML path's verdict:\n", len(rows))
	tally(func(r snippetRow) string { return "html " + r.html })
	fmt.Fprintf(bw, "by place against the output's gold lines, the HTML path dropping them:\n")
	tally(func(r snippetRow) string {
		if r.html != "drops" {
			return "(html " + r.html + ")"
		}
		return r.place
	})
	return bw.Flush()
}

// writeSnippetFile writes the census of rows to path.
func writeSnippetFile(path string, rows []snippetRow) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writeSnippets(f, rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
