package main

import (
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// unasked counts, per page type, the pages whose gold names no author
// but to which the system gives one: the price of a fallback author (the
// site's own name) that the author score, over the pages with a gold
// author only, does not show.
func unasked(rw *row, pages []*wcxb.Page) string {
	counts := map[string]int{}
	for i, p := range pages {
		if len(wcxb.Names(p.Author)) == 0 && len(rw.outs[i].Authors) > 0 {
			counts[p.Type]++
		}
	}
	var b strings.Builder
	for _, t := range wcxb.Types {
		fmt.Fprintf(&b, " %s %d", t, counts[t])
	}
	return b.String()
}
