package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// pipeDump is the folder -pipecv writes what the text path output for each
// held-out article to, with the errors to read by cause.
var pipeDump = flag.String("pipe-dump", "", "with -pipecv or -pipecv-html, a folder to write each held-out article's text output to (ID.txt) at the first threshold of -pipe-t, with mustnot.tsv (the must-not snippets it keeps and the line holding each), with -pipecv snippets.txt (those snippets beside the HTML path's verdict on the same page, their place and the page's lines around them: pipesnippets.go), nongold.tsv (its lines the gold does not hold) lost.tsv (the gold's lines it does not hold); with -pipecv-html also lostgold.tsv, census.tsv (the errors by kind, counted by sites: pipecensus.go) and gaps.tsv (the blocks removed between kept ones, by where they sit in the tree: pipegaps.go)")

// writeDump writes, for each article of pages, its body to dir/ID.txt; to
// dir/mustnot.tsv a row "ID, snippet, line" for each must-not snippet the
// body keeps; to dir/nongold.tsv a row "ID, words, line" for each body line
// most of whose words the gold does not hold in that order (nonGold); to
// dir/lost.tsv a row "ID, words, line" for each gold line the body does not
// hold, read the same way (the recall side of the errors).
func writeDump(dir string, pages []*page, bodies []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mn, err := os.Create(filepath.Join(dir, "mustnot.tsv"))
	if err != nil {
		return err
	}
	defer mn.Close()
	ng, err := os.Create(filepath.Join(dir, "nongold.tsv"))
	if err != nil {
		return err
	}
	defer ng.Close()
	lo, err := os.Create(filepath.Join(dir, "lost.tsv"))
	if err != nil {
		return err
	}
	defer lo.Close()
	mw, nw, lw := bufio.NewWriter(mn), bufio.NewWriter(ng), bufio.NewWriter(lo)
	for k, p := range pages {
		g := p.gold
		if g.Type != wcxb.Article {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, g.ID+".txt"), []byte(bodies[k]), 0o644); err != nil {
			return err
		}
		for _, snip := range g.Without {
			if line, ok := lineWith(bodies[k], snip); ok {
				fmt.Fprintf(mw, "%s\t%s\t%s\n", g.ID, oneLine(snip), oneLine(line))
			}
		}
		for _, l := range nonGold(bodies[k], g.Main) {
			fmt.Fprintf(nw, "%s\t%d\t%s\n", g.ID, len(wcxb.Tokens(l)), oneLine(l))
		}
		for _, l := range nonGold(g.Main, bodies[k]) {
			fmt.Fprintf(lw, "%s\t%d\t%s\n", g.ID, len(wcxb.Tokens(l)), oneLine(l))
		}
	}
	if err := mw.Flush(); err != nil {
		return err
	}
	if err := nw.Flush(); err != nil {
		return err
	}
	if err := lw.Flush(); err != nil {
		return err
	}
	if err := lo.Close(); err != nil {
		return err
	}
	if err := mn.Close(); err != nil {
		return err
	}
	return ng.Close()
}

// lineWith returns the line of body holding snippet, compared as
// wcxb.SnippetRate compares; "(across lines)" when no one line holds the
// snippet's first line.
func lineWith(body, snippet string) (string, bool) {
	ls := wcxb.Lower(snippet)
	if !strings.Contains(wcxb.Lower(body), ls) {
		return "", false
	}
	first, _, _ := strings.Cut(ls, "\n")
	for line := range strings.Lines(body) {
		if strings.Contains(wcxb.Lower(line), first) {
			return strings.TrimSpace(line), true
		}
	}
	return "(across lines)", true
}

// nonGold returns the lines of body the gold does not hold: a line of three
// words or more most of whose three-word runs the gold lacks, a shorter
// line whose words the gold never prints together.
func nonGold(body, gold string) []string {
	gt := wcxb.Tokens(gold)
	runs := make(map[string]bool, len(gt))
	for i := 0; i+3 <= len(gt); i++ {
		runs[strings.Join(gt[i:i+3], " ")] = true
	}
	joined := " " + strings.Join(gt, " ") + " "
	var out []string
	for line := range strings.Lines(body) {
		ts := wcxb.Tokens(line)
		switch {
		case len(ts) == 0:
		case len(ts) < 3:
			if !strings.Contains(joined, " "+strings.Join(ts, " ")+" ") {
				out = append(out, strings.TrimSpace(line))
			}
		default:
			miss := 0
			for i := 0; i+3 <= len(ts); i++ {
				if !runs[strings.Join(ts[i:i+3], " ")] {
					miss++
				}
			}
			if 2*miss > len(ts)-2 {
				out = append(out, strings.TrimSpace(line))
			}
		}
	}
	return out
}

// oneLine puts s on one line of a tab-separated file.
func oneLine(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
