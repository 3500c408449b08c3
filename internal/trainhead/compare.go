package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/newsclean/newsclean/internal/headline"
)

// The comparison of feature sets (-compare): each set is the model with
// some features left out, cross-validated by site as -cv does, over
// several draws of the sites' folds (-draws), so that a feature's gain
// can be told from the spread that the folds' draw alone makes. The first
// set is the baseline the others are compared with, page by page.

// foldOf returns the fold of a site in draw d: draw 0 is the fold -cv
// uses, the others hash the site with the draw's number.
func foldOf(site string, d int) int {
	h := fnv.New32a()
	h.Write([]byte(site))
	if d > 0 {
		h.Write([]byte("\x00" + strconv.Itoa(d)))
	}
	return int(h.Sum32() % folds)
}

// featureSet is one set of features to compare: its name (the -compare
// entry) and the features it leaves out.
type featureSet struct {
	name string
	drop []bool
}

// parseSets reads -compare's sets: entries split by semicolons, each a
// comma-separated list of the features left out ("" leaves none out).
func parseSets(list string) ([]featureSet, error) {
	var sets []featureSet
	for _, entry := range strings.Split(list, ";") {
		s := featureSet{name: strings.TrimSpace(entry), drop: make([]bool, len(headline.Names))}
		if err := headline.DropNamed(entry, headline.Names, s.drop); err != nil {
			return nil, err
		}
		if s.name == "" {
			s.name = "(all)"
		}
		sets = append(sets, s)
	}
	return sets, nil
}

// compare prints, for each feature set, the CV counts (all pages, pages
// the model decides) in each of draws fold draws, their mean, and the
// mean and standard deviation of its difference from the first set's; then,
// in draw 0, the pages it gains and loses against the first set.
func compare(pages []page, sites []string, sets []featureSet, draws int, w io.Writer) {
	type result struct {
		right, fall []int
		pageRight   []bool // draw 0, by page
	}
	res := make([]result, len(sets))
	for d := range draws {
		for k := range pages {
			pages[k].fold = foldOf(sites[k], d)
		}
		for s, set := range sets {
			ok := cvPages(pages, set.drop)
			r, f := 0, 0
			for k, good := range ok {
				if good {
					r++
					if pages[k].fallback {
						f++
					}
				}
			}
			res[s].right = append(res[s].right, r)
			res[s].fall = append(res[s].fall, f)
			if d == 0 {
				res[s].pageRight = ok
			}
		}
	}
	for s, set := range sets {
		dr, df := diffs(res[s].right, res[0].right), diffs(res[s].fall, res[0].fall)
		fmt.Fprintf(w, "%-40s all %v mean %.1f (%+.1f sd %.1f); decided %v mean %.1f (%+.1f sd %.1f)\n", set.name,
			res[s].right, mean(res[s].right), mean(dr), sd(dr), res[s].fall, mean(res[s].fall), mean(df), sd(df))
		if s == 0 {
			continue
		}
		var gain, loss []string
		for k, ok := range res[s].pageRight {
			if ok != res[0].pageRight[k] {
				id := pages[k].id
				if pages[k].fallback {
					id += "*"
				}
				if ok {
					gain = append(gain, id)
				} else {
					loss = append(loss, id)
				}
			}
		}
		fmt.Fprintf(w, "    draw 0 against %s: +%v -%v (* decided by the model)\n", sets[0].name, gain, loss)
	}
}

// cvPages reports for each page whether a model fitted without its fold,
// with the features drop marks left out, ranks it right.
func cvPages(pages []page, drop []bool) []bool {
	ok := make([]bool, len(pages))
	for f := range folds {
		var rows [][]float64
		var ys []bool
		for _, pg := range pages {
			if pg.fold != f {
				for i, c := range pg.cands {
					rows = append(rows, maskedSet(c.X, drop))
					ys = append(ys, pg.right[i])
				}
			}
		}
		m := headline.Fit(rows, ys, l2, iters)
		for k, pg := range pages {
			if pg.fold != f {
				continue
			}
			best, bestScore := -1, 0.0
			for i, c := range pg.cands {
				if s := m.Score(maskedSet(c.X, drop)); best < 0 || s > bestScore {
					best, bestScore = i, s
				}
			}
			ok[k] = best >= 0 && pg.right[best]
		}
	}
	return ok
}

// maskedSet returns x with the features drop marks set to zero.
func maskedSet(x []float64, drop []bool) []float64 {
	y := append([]float64(nil), x...)
	for i, d := range drop {
		if d {
			y[i] = 0
		}
	}
	return y
}

// diffs returns a[i]-b[i].
func diffs(a, b []int) []int {
	out := make([]int, len(a))
	for i := range a {
		out[i] = a[i] - b[i]
	}
	return out
}

func mean(xs []int) float64 {
	s := 0.0
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(max(1, len(xs)))
}

func sd(xs []int) float64 {
	if len(xs) < 2 {
		return 0
	}
	m, s := mean(xs), 0.0
	for _, x := range xs {
		s += (float64(x) - m) * (float64(x) - m)
	}
	return math.Sqrt(s / float64(len(xs)-1))
}
