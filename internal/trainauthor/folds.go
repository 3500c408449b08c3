package main

import (
	"fmt"
	"io"
	"math"
)

// foldFigure is one fold's pages and how many of them the fixed order and
// the model fitted without the fold get right.
type foldFigure struct {
	pages, hand, model int
}

// foldFigures fits the model once per fold, leaving the fold out, and
// counts each fold's pages, the fixed order's right picks and the model's.
func foldFigures(pages []page) [folds]foldFigure {
	var out [folds]foldFigure
	for f := range folds {
		m := fit(pages, f)
		for _, pg := range pages {
			if pg.fold != f {
				continue
			}
			out[f].pages++
			if ok(pg, pg.hand) {
				out[f].hand++
			}
			if ok(pg, pick(m, pg)) {
				out[f].model++
			}
		}
	}
	return out
}

// meanShare returns the mean over the folds with pages of a fold's share
// right (get picks the count), and the standard deviation of the shares.
func meanShare(figs [folds]foldFigure, get func(foldFigure) int) (mean, sd float64) {
	var shares []float64
	for _, f := range figs {
		if f.pages > 0 {
			shares = append(shares, float64(get(f))/float64(f.pages))
		}
	}
	if len(shares) == 0 {
		return 0, 0
	}
	for _, s := range shares {
		mean += s
	}
	mean /= float64(len(shares))
	for _, s := range shares {
		sd += (s - mean) * (s - mean)
	}
	return mean, math.Sqrt(sd / float64(len(shares)))
}

// printFolds writes the cross-validation by site fold by fold, and the
// mean of the folds' shares for the fixed order and the model: how far
// the figure moves from one set of sites to another.
func printFolds(w io.Writer, pages []page) {
	figs := foldFigures(pages)
	for f, x := range figs {
		fmt.Fprintf(w, "  fold %d: %d pages, fixed order right %d, model right %d\n", f, x.pages, x.hand, x.model)
	}
	hm, hsd := meanShare(figs, func(f foldFigure) int { return f.hand })
	mm, msd := meanShare(figs, func(f foldFigure) int { return f.model })
	fmt.Fprintf(w, "  folds' mean: fixed order %.3f (sd %.3f), model %.3f (sd %.3f)\n", hm, hsd, mm, msd)
}
