package main

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/titlerank"
)

// TestFitListwise checks the listwise fit on invented pages where the
// first feature tells the title: every page ranked right under the site CV,
// and the feature's weight positive, the wrong one's negative.
func TestFitListwise(t *testing.T) {
	pages := tinyPages()
	m := fitListwise(pages, func(int) bool { return true }, 1, iters)
	if m.Weights[0] <= 0 || m.Weights[1] >= 0 {
		t.Errorf("weights %v: want the title's feature up, the other's down", m.Weights[:2])
	}
	if r := cvRightWith(pages, func(keep func(int) bool) headline.Model {
		return fitListwise(pages, keep, 1, iters)
	}, nil, nil); r != len(pages) {
		t.Errorf("listwise CV right on %d of %d pages", r, len(pages))
	}
}

// TestFitListwiseWeighted checks that a page's weight counts: with the
// pages that teach the first feature weighted to nothing and two pages
// that teach the second, the second wins.
func TestFitListwiseWeighted(t *testing.T) {
	pages := tinyPages()
	weight := make([]float64, len(pages))
	for k := range pages {
		weight[k] = 0
	}
	a, b := make([]float64, len(titlerank.Names)), make([]float64, len(titlerank.Names))
	a[0], b[1] = 1, 1
	for range 2 {
		pages = append(pages, page{cands: []titlerank.Candidate{{Text: "x", X: a}, {Text: "y", X: b}}, right: []bool{false, true}, any: true})
		weight = append(weight, 1)
	}
	m := fitListwiseWeighted(pages, func(int) bool { return true }, weight, 1, iters)
	if m.Weights[1] <= m.Weights[0] {
		t.Errorf("weights %v: the weighted pages' feature should win", m.Weights[:2])
	}
}

// TestFitTrees checks boosted trees on invented pages: the title's
// feature splits them, so every page is ranked right and a one-level tree
// scores the two sides apart.
func TestFitTrees(t *testing.T) {
	pages := tinyPages()
	var rows [][]float64
	var ys []bool
	for _, pg := range pages {
		for i, c := range pg.cands {
			rows = append(rows, c.X)
			ys = append(ys, pg.right[i])
		}
	}
	f := fitTrees(rows, ys, treeConfig{depth: 1, rounds: 10, minLeaf: 1, shrink: 0.3})
	if len(f.trees) != 10 {
		t.Fatalf("%d trees, want 10", len(f.trees))
	}
	for _, pg := range pages {
		for i, c := range pg.cands {
			if s := f.score(c.X); (s > f.base) != pg.right[i] {
				t.Errorf("candidate %q (right %v) scored %.3f against the base %.3f", c.Text, pg.right[i], s, f.base)
			}
		}
	}
	var out strings.Builder
	sweepTrees(pages, &out)
	if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); len(lines) != 8 || !strings.HasSuffix(lines[0], " of 10") {
		t.Errorf("sweepTrees printed %q", out.String())
	}
}

// TestCuts checks the thresholds: a constant feature has none, the
// largest value is no cut, and many distinct values give at most treeBins.
func TestCuts(t *testing.T) {
	var rows [][]float64
	for i := range 100 {
		rows = append(rows, []float64{1, float64(i % 3), float64(i)})
	}
	cs := cuts(rows)
	if len(cs[0]) != 0 {
		t.Errorf("constant feature: cuts %v", cs[0])
	}
	if got := cs[1]; len(got) != 2 || got[0] != 0 || got[1] != 1 {
		t.Errorf("three values: cuts %v, want [0 1]", got)
	}
	if n := len(cs[2]); n == 0 || n > treeBins {
		t.Errorf("100 values: %d cuts, want 1 to %d", n, treeBins)
	}
}
