package main

import (
	"fmt"
	"io"
	"time"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// fit fits the two-pass model on pages.
func fit(name string, pages []*page, dim int, seed uint64, log io.Writer) *blockfeat.Model {
	t0 := time.Now()
	c := defaultLR
	c.seed = seed
	// The first pass learns from whole pages alone (see againPage).
	first := func(keep func(*page) bool) *blockfeat.Model {
		s := &set{dim: dim}
		for _, p := range pages {
			if keep(p) && !p.again {
				for i := range p.labels {
					s.add(p.x[i*dim:(i+1)*dim], p.keep(i), p.weight(i))
				}
			}
		}
		if *firstPass == "lr" {
			return &blockfeat.Model{Dim: dim, First: fitLR(s, c)}
		}
		g := gbt(dim, seed)
		return &blockfeat.Model{Dim: dim, Trees: fitBag(s, g)}
	}
	// First-pass scores of each page from a model that did not see its
	// sites.
	cross := make([][]float32, len(pages))
	var folds [3]func()
	for f := range folds {
		folds[f] = func() {
			fm := first(func(p *page) bool { return p.fold != f })
			for k, p := range pages {
				if p.fold == f {
					cross[k] = fm.FirstPass(p.x)
				}
			}
		}
	}
	together(folds[:]...)
	// Then, side by side: second-pass scores of each page from models that
	// did not see its sites (the threshold is chosen on them), and the
	// models on all pages.
	var oof [][]float32
	m, second := &blockfeat.Model{Dim: dim}, &blockfeat.Model{}
	jobs := append(heldOut(pages, cross, dim, seed, &oof), func() {
		if !*cvOnly {
			m = first(func(*page) bool { return true })
		}
	}, func() {
		if *cvOnly {
			return
		}
		s2 := secondSet(pages, cross, dim, func(*page) bool { return true })
		if *firstPass == "lr" {
			second.Second = fitLR(s2, c)
		} else {
			second.SecondTrees = fitBag(s2, gbt(dim+blockfeat.PassTwo, seed+1))
		}
	})
	together(jobs...) // each job writes its own variable
	m.Second, m.SecondTrees = second.Second, second.SecondTrees
	if n := len(pages); n > 0 && pages[n-1].again {
		fmt.Fprintf(log, "%s: fitted on %d pages with the second-pass pages\n", name, n)
	}
	// the thresholds and figures on the pages as they come, only
	_, oof = firstPages(pages, oof)
	pages, cross = firstPages(pages, cross)
	if *cvReport {
		reportCV(name+" first pass", pages, cross, log)
		reportCV(name, pages, oof, log)
	}
	if *cvOnly {
		return &blockfeat.Model{Dim: dim, Trees: &blockfeat.Forest{}, SecondTrees: &blockfeat.Forest{}}
	}
	var best float64
	m.Threshold, best = articleThreshold(pages, oof)
	_, crossBest := bestThreshold(pages, cross)
	fmt.Fprintf(log, "%s: %d pages, threshold %.2f: articles' mean word F1 of the kept blocks %.4f, cross-validated (teacher F1 of the first pass alone, cross-fitted: %.4f); %s\n",
		name, len(pages), m.Threshold, best, crossBest, time.Since(t0).Round(time.Millisecond))
	return m
}

// secondSet returns the second pass's training set: the blocks of the pages
// keep takes, each vector followed by the second-pass features of the
// page's first-pass scores cross.
func secondSet(pages []*page, cross [][]float32, dim int, keep func(*page) bool) *set {
	s2 := &set{dim: dim + blockfeat.PassTwo}
	v := make([]float32, dim+blockfeat.PassTwo)
	for k, p := range pages {
		if !keep(p) {
			continue
		}
		second := blockfeat.SecondFeatures(cross[k])
		for i := range p.labels {
			copy(v, p.x[i*dim:(i+1)*dim])
			copy(v[dim:], second[i*blockfeat.PassTwo:(i+1)*blockfeat.PassTwo])
			s2.add(v, p.keep(i), p.weight(i))
		}
	}
	return s2
}

// bestThreshold returns the threshold from 0.05 to 0.95, in steps of 0.05,
// that gives the highest mean page word F1, and that F1.
func bestThreshold(pages []*page, scores [][]float32) (float32, float64) {
	best, at := -1.0, float32(0)
	for k := 1; k < 20; k++ {
		t := float32(k) / 20
		if f1 := meanF1(pages, scores, t); f1 > best {
			best, at = f1, t
		}
	}
	return at, best
}

// meanF1 is the mean over pages of the word F1 of the blocks scoring at
// least t against the blocks the teacher keeps.
func meanF1(pages []*page, scores [][]float32, t float32) float64 {
	sum, n := 0.0, 0
	for k, p := range pages {
		var tp, fp, fn int
		for i, b := range p.labels {
			kept := scores[k][i] >= t
			switch {
			case kept && p.keep(i):
				tp += b.Words
			case kept:
				fp += b.Words
			case p.keep(i):
				fn += b.Words
			}
		}
		if tp+fp+fn == 0 {
			continue
		}
		sum += 2 * float64(tp) / float64(2*tp+fp+fn)
		n++
	}
	return sum / float64(max(n, 1))
}

// gbt is the forests' config with the flags' sizes and the seed.
func gbt(dim int, seed uint64) gbtConfig {
	g := defaultGBT
	g.trees, g.depth, g.rate, g.seed = *trees, *depth, *rate, seed
	g.minHes, g.lambda = *minHes, *lambda
	g.bag = *bagSize
	if dim == blockfeat.TextDim || dim == blockfeat.TextDim+blockfeat.PassTwo {
		g.trees, g.rate, g.bag = *textTrees, *textRate, *textBag
	}
	htmlColumns(&g, dim)
	if err := textColumns(&g, dim); err != nil {
		panic(err)
	}
	return g
}
