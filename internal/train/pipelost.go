package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// writeLostGold writes to dir/lostgold.tsv a row "ID, rule, kind, words,
// line" for each line the HTML path removed from an article that the gold
// holds (goldLines): the story the stages after the detector, or the
// detector itself (rule "model/html"), took out, by the rule that did it.
func writeLostGold(dir string, gold []*wcxb.Page, removed [][]extract.Removed) error {
	f, err := os.Create(filepath.Join(dir, "lostgold.tsv"))
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for k, p := range gold {
		if p.Type != wcxb.Article || len(removed[k]) == 0 {
			continue
		}
		runs := shingles(p.Main)
		for _, r := range removed[k] {
			for _, l := range goldLines(r.Text, runs) {
				fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\n", p.ID, r.Rule, r.Kind, len(wcxb.Tokens(l)), oneLine(l))
			}
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// shingles returns the set of the gold's runs of three tokens.
func shingles(gold string) map[string]bool {
	gt := wcxb.Tokens(gold)
	runs := make(map[string]bool, len(gt))
	for i := 0; i+3 <= len(gt); i++ {
		runs[strings.Join(gt[i:i+3], " ")] = true
	}
	return runs
}

// goldLines returns the lines of text of three tokens or more most of
// whose runs of three tokens are among runs (the gold's shingles).
func goldLines(text string, runs map[string]bool) []string {
	var out []string
	for line := range strings.Lines(text) {
		ts := wcxb.Tokens(line)
		if len(ts) < 3 {
			continue
		}
		hit := 0
		for i := 0; i+3 <= len(ts); i++ {
			if runs[strings.Join(ts[i:i+3], " ")] {
				hit++
			}
		}
		if 2*hit > len(ts)-2 {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}
