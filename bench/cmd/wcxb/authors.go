package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// printWrongAuthors lists, for a system that gives authors, every article
// whose gold names an author and whose extracted authors are not right by
// [wcxb.SameAuthor], with a category: none (nothing extracted), extra (the
// gold's first name is among the extracted ones, but another name leads
// them), partial (the first extracted name is one of the gold's, but not
// its first, which is missing), or wrong (neither). It ends with
// the count per category, the tally the author work is planned from.
func printWrongAuthors(w io.Writer, rw *row, pages []*wcxb.Page) {
	if rw.gives&systems.AuthorField == 0 {
		return
	}
	counts := map[string]int{}
	fmt.Fprintf(w, "\n%s: wrong authors (category, page, gold | got)\n", rw.name)
	for i, p := range pages {
		if p.Type != wcxb.Article || len(wcxb.Names(p.Author)) == 0 {
			continue
		}
		got := rw.outs[i].Authors
		if wcxb.SameAuthor(got, p.Author) {
			continue
		}
		c := authorMiss(got, p.Author)
		counts[c]++
		fmt.Fprintf(w, "%-7s %s %s\t%q | %q\n", c, p.ID, p.URL, p.Author, strings.Join(got, "; "))
	}
	fmt.Fprintf(w, "%s: none %d, wrong %d, partial %d, extra %d\n", rw.name,
		counts["none"], counts["wrong"], counts["partial"], counts["extra"])
	fmt.Fprintf(w, "%s: an author where the gold names none, by page type:%s\n", rw.name, unasked(rw, pages))
}

// authorMiss names how extracted authors miss the gold: see
// [printWrongAuthors].
func authorMiss(got []string, gold string) string {
	var p []string
	for _, s := range got {
		p = append(p, wcxb.Names(s)...)
	}
	g := wcxb.Names(gold)
	switch {
	case len(p) == 0:
		return "none"
	case slices.Contains(p, g[0]):
		return "extra"
	case slices.Contains(g, p[0]):
		return "partial"
	}
	return "wrong"
}
