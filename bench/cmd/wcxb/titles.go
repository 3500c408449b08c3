package main

import (
	"fmt"
	"io"

	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// printWrongTitles lists the articles whose gold has a title that the
// system's title does not equal ([wcxb.SameTitle]): the page, what the
// system gave and the gold, for sorting the title errors by kind.
func printWrongTitles(w io.Writer, rw *row, pages []*wcxb.Page) {
	if rw.gives&systems.TitleField == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s: wrong titles (page, got, gold)\n", rw.name)
	wrong, all := 0, 0
	for i, p := range pages {
		if p.Type != wcxb.Article || wcxb.NormTitle(p.Title) == "" {
			continue
		}
		all++
		if got := rw.outs[i].Title; !wcxb.SameTitle(got, p.Title) {
			wrong++
			fmt.Fprintf(w, "  %s  %q\n        gold %q\n", p.ID, got, p.Title)
		}
	}
	fmt.Fprintf(w, "  %d of %d wrong\n", wrong, all)
}
