package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// maxWhere is how many blocks a miss's census line lists.
const maxWhere = 4

// where lists the blocks of a page that print the gold's first name
// (case folded), each as its kind, its rule and its text cut to 100
// bytes, at most maxWhere of them: where the page prints the author that
// no source took, for sorting the misses by kind (a byline after the
// story, a card, a copyright line...). An empty list means the page
// prints the name nowhere in its blocks.
func where(blocks []clean.Block, gold string) []string {
	names := wcxb.Names(gold)
	if len(names) == 0 {
		return nil
	}
	want := strings.ToLower(names[0])
	var out []string
	for _, b := range blocks {
		if !strings.Contains(strings.ToLower(b.Text), want) {
			continue
		}
		t := b.Text
		if len(t) > 100 {
			t = t[:100] + "…"
		}
		out = append(out, fmt.Sprintf("%s %s: %q", b.Kind, b.Rule, t))
		if len(out) == maxWhere {
			break
		}
	}
	return out
}

// miss is a train page where no source gives the gold author, with where
// its HTML page prints the gold's name.
type miss struct {
	id, url, gold string
	where         []string
}

// printMisses writes -misses' census: each miss with the blocks that
// print the gold's name, and how many print it nowhere.
func printMisses(w io.Writer, misses []miss) {
	nowhere := 0
	fmt.Fprintf(w, "\nmisses: no source has the gold author (page, gold, url; the blocks that print the gold's first name)\n")
	for _, m := range misses {
		fmt.Fprintf(w, "%s %q %s\n", m.id, m.gold, m.url)
		if len(m.where) == 0 {
			nowhere++
			fmt.Fprintln(w, "    printed in no block")
		}
		for _, s := range m.where {
			fmt.Fprintln(w, "   ", s)
		}
	}
	fmt.Fprintf(w, "misses: %d, of which %d print the gold's first name in no block\n", len(misses), nowhere)
}
