package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/titlerank"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// candSources are the features of [titlerank.Names] that name where a
// candidate comes from, the tags printTitleCandidates shows.
var candSources = []string{"rules", "h1", "first-h1", "h2", "ld", "og", "title"}

// printTitleCandidates lists, for every article whose title the system
// gets wrong on HTML input, the gold, what the system gave and each title
// the page offers (its <h1>s, <h2>s, JSON-LD headline, og:title, <title>
// without the site's name) tagged with the sources that give it, and
// whether one of them is the gold: for sorting the title misses by cause.
func printTitleCandidates(w io.Writer, rw *row, pages []*wcxb.Page, srcs [][]byte) {
	if rw.gives&systems.TitleField == 0 || titlerank.Candidates == nil {
		return
	}
	fmt.Fprintf(w, "\n%s: wrong titles with the page's candidates (* = the gold)\n", rw.name)
	wrong, all, reachable := 0, 0, 0
	for i, p := range pages {
		if p.Type != wcxb.Article || wcxb.NormTitle(p.Title) == "" {
			continue
		}
		all++
		got := rw.outs[i].Title
		if wcxb.SameTitle(got, p.Title) {
			continue
		}
		wrong++
		fmt.Fprintf(w, "  %s %s\n        gold %q\n        got  %q\n", p.ID, p.URL, p.Title, got)
		cands, err := titlerank.Candidates(srcs[i], p.URL)
		if err != nil {
			fmt.Fprintf(w, "        (candidates: %v)\n", err)
			continue
		}
		hit := false
		for _, c := range cands {
			mark := " "
			if wcxb.SameTitle(c.Text, p.Title) {
				mark, hit = "*", true
			}
			fmt.Fprintf(w, "      %s [%s] %q\n", mark, candTags(c.X), c.Text)
		}
		if hit {
			reachable++
		}
	}
	fmt.Fprintf(w, "  %d of %d wrong; the gold among the candidates on %d of them\n", wrong, all, reachable)
}

// candTags names the sources a candidate's features mark.
func candTags(x []float64) string {
	var tags []string
	for _, name := range candSources {
		for j, n := range titlerank.Names {
			if n == name && j < len(x) && x[j] > 0 {
				tags = append(tags, name)
			}
		}
	}
	return strings.Join(tags, ",")
}
