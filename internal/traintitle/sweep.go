package main

import (
	"fmt"
	"io"
	"math"

	"github.com/newsclean/newsclean/internal/headline"
)

// The ranker's capacity and regularisation, tried on the site CV (-sweep):
// the pointwise logistic fit with other L2 penalties, and a listwise fit
// (a conditional logit: one softmax over each page's candidates, the
// page's right candidates its target) with the same penalties. The ranker
// only orders a page's candidates, so the listwise loss is the one its use
// asks for; the pointwise fit also spends weight on telling pages apart.
var sweepL2 = []float64{0.01, 0.1, 0.3, 1, 3, 10, 30, 100}

// sweep prints the site CV's right pages for each fit and penalty.
func sweep(pages []page, w io.Writer) {
	for _, lam := range sweepL2 {
		point := cvRightWith(pages, func(keep func(int) bool) headline.Model {
			return fitL2(pages, keep, lam)
		}, nil, nil)
		list := cvRightWith(pages, func(keep func(int) bool) headline.Model {
			return fitListwise(pages, keep, lam, iters)
		}, nil, nil)
		fmt.Fprintf(w, "l2 %-6g pointwise %d  listwise %d  of %d\n", lam, point, list, len(pages))
	}
	sweepTrees(pages, w)
	bySite := map[string]int{}
	for _, pg := range pages {
		bySite[pg.site]++
	}
	hist := map[int]int{}
	for _, n := range bySite {
		hist[n]++
	}
	fmt.Fprintf(w, "%d sites; sites by pages: %v\n", len(bySite), hist)
	for _, pow := range []float64{0.5, 1} {
		weight := make([]float64, len(pages))
		for k, pg := range pages {
			weight[k] = math.Pow(float64(bySite[pg.site]), -pow)
		}
		for _, lam := range []float64{0.3, 1, 3} {
			r := cvRightWith(pages, func(keep func(int) bool) headline.Model {
				return fitListwiseWeighted(pages, keep, weight, lam, iters)
			}, nil, nil)
			fmt.Fprintf(w, "listwise, pages weighted by sites' size^-%g, l2 %g: %d of %d\n", pow, lam, r, len(pages))
		}
	}
}

// fitL2 is fit with penalty lam and no feature dropped.
func fitL2(pages []page, keep func(int) bool, lam float64) headline.Model {
	rows, ys := rowsOf(pages, keep, nil)
	return headline.Fit(rows, ys, lam, iters)
}

// fitListwise fits a conditional logit over the pages keep accepts that
// have a right candidate: the likelihood of a page is the softmax mass of
// its right candidates. Newton steps with the softmax's covariance as the
// Hessian (exact with one right candidate a page), an L2 penalty lam.
// There is no bias: a softmax ignores it.
func fitListwise(pages []page, keep func(int) bool, lam float64, steps int) headline.Model {
	return fitListwiseWeighted(pages, keep, nil, lam, steps)
}

// fitListwiseWeighted is fitListwise with page k's likelihood weighted by
// weight[k] (1 each when weight is nil).
func fitListwiseWeighted(pages []page, keep func(int) bool, weight []float64, lam float64, steps int) headline.Model {
	d := 0
	for _, pg := range pages {
		if len(pg.cands) > 0 {
			d = len(pg.cands[0].X)
			break
		}
	}
	if d == 0 {
		return headline.Model{}
	}
	w := make([]float64, d)
	for range steps {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for k, pg := range pages {
			if !pg.any || !keep(k) || len(pg.cands) < 2 {
				continue
			}
			wk := 1.0
			if weight != nil {
				wk = weight[k]
			}
			z := make([]float64, len(pg.cands))
			top := math.Inf(-1)
			for i, c := range pg.cands {
				for j, v := range c.X {
					z[i] += w[j] * v
				}
				top = max(top, z[i])
			}
			p := make([]float64, len(z))
			var sum, sumRight float64
			for i := range z {
				p[i] = math.Exp(z[i] - top)
				sum += p[i]
				if pg.right[i] {
					sumRight += p[i]
				}
			}
			mean := make([]float64, d)
			meanRight := make([]float64, d)
			for i, c := range pg.cands {
				for j, v := range c.X {
					mean[j] += p[i] / sum * v
					if pg.right[i] {
						meanRight[j] += p[i] / sumRight * v
					}
				}
			}
			for j := range d {
				g[j] += wk * (mean[j] - meanRight[j])
			}
			for i, c := range pg.cands {
				q := wk * p[i] / sum
				for a := range d {
					da := c.X[a] - mean[a]
					if da == 0 {
						continue
					}
					for b := a; b < d; b++ {
						h[a][b] += q * da * (c.X[b] - mean[b])
					}
				}
			}
		}
		for a := range d {
			for b := range a {
				h[a][b] = h[b][a]
			}
			g[a] += lam * w[a]
			h[a][a] += lam + 1e-9
		}
		step, ok := headline.Solve(h, g)
		if !ok {
			return headline.Model{}
		}
		for a := range d {
			w[a] -= step[a]
		}
	}
	return headline.Model{Weights: w}
}
