package main

import (
	"fmt"
	"io"

	"github.com/newsclean/newsclean/internal/headline"
)

// folds is the number of cross-validation folds; a page's fold is its
// site's hash, so no site is both fitted and scored.
const folds = 5

// fitPages fits the model on the candidates of the pages keep accepts,
// with feature drop set to zero (none when drop is -1).
func fitPages(pages []page, keep func(int) bool, drop int) headline.Model {
	var rows [][]float64
	var ys []bool
	for k, pg := range pages {
		if keep(k) {
			for i, c := range pg.cands {
				rows = append(rows, masked(c.X, drop))
				ys = append(ys, pg.right[i])
			}
		}
	}
	return headline.Fit(rows, ys, l2, iters)
}

// masked returns x with feature drop set to zero (x itself when drop is
// -1).
func masked(x []float64, drop int) []float64 {
	if drop < 0 {
		return x
	}
	y := append([]float64(nil), x...)
	y[drop] = 0
	return y
}

// crossValidate prints how many of all train articles with a title (those
// whose title is no candidate count as misses) a model fitted on the other
// folds' sites ranks right, and how many of the articles the model decides
// (the hand rules find no headline on them: [headline.Candidate].Fallback),
// the figure the head's title moves by, each beside the count of the model
// fitted on all the pages (in-sample, the gap over-fitting opens); with ablate, also both counts with
// each feature left out.
func crossValidate(pages []page, skipped skips, ablate bool, w io.Writer) {
	all, fall := len(pages)+skipped.all, skipped.fallback
	for _, pg := range pages {
		if pg.fallback {
			fall++
		}
	}
	right, rightFall := cvRight(pages, -1)
	m := fitPages(pages, func(int) bool { return true }, -1)
	in, inFall := 0, 0
	for _, pg := range pages {
		if topRight(m, []page{pg}, -1) == 1 {
			in++
			if pg.fallback {
				inFall++
			}
		}
	}
	fmt.Fprintf(w, "%d articles, the title among the candidates on %d; model (CV by site) right on %d (%.4f), fitted on all %d\n", all, len(pages), right, float64(right)/float64(all), in)
	fmt.Fprintf(w, "%d articles the model decides, the title among the candidates on %d; right on %d (%.4f), fitted on all %d\n", fall, fall-skipped.fallback, rightFall, share(rightFall, fall), inFall)
	if !ablate {
		return
	}
	for f, name := range headline.Names {
		r, rf := cvRight(pages, f)
		fmt.Fprintf(w, "  without %-12s %d (%+d), decided %d (%+d)\n", name, r, r-right, rf, rf-rightFall)
	}
}

// share returns a/b, or 0 when b is 0.
func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// cvRight counts the pages a model fitted without the page's fold ranks
// right, with feature drop set to zero (none when it is -1): all, and
// those the model decides.
func cvRight(pages []page, drop int) (right, fallback int) {
	for f := range folds {
		m := fitPages(pages, func(k int) bool { return pages[k].fold != f }, drop)
		for _, pg := range pages {
			if pg.fold == f && topRight(m, []page{pg}, drop) == 1 {
				right++
				if pg.fallback {
					fallback++
				}
			}
		}
	}
	return right, fallback
}
