package main

import (
	"fmt"
	"io"
	"math"
	"slices"
)

// Boosted trees as the ranker, tried on the site CV (-sweep): the
// logistic model adds the features' evidence, so a tree model is the
// cheapest test of whether their interactions (og:title beside an <h1>
// far from the story, say) separate what the sum does not. Gradient
// boosting of the pointwise logistic loss, trees of a fixed depth grown
// level by level, splits at a feature's distinct values (at most
// treeBins quantiles), a minimum of examples a leaf.
type treeConfig struct {
	depth, rounds, minLeaf int
	shrink                 float64
}

const treeBins = 32

// tree is one regression tree: inner nodes split on x[feat] <= cut, leaves
// hold values; node i's children are 2i+1 and 2i+2.
type tree struct {
	feat []int
	cut  []float64
	val  []float64
	leaf []bool
}

// score walks the tree for x.
func (t *tree) score(x []float64) float64 {
	i := 0
	for !t.leaf[i] {
		if x[t.feat[i]] <= t.cut[i] {
			i = 2*i + 1
		} else {
			i = 2*i + 2
		}
	}
	return t.val[i]
}

// forest is a boosted sum of trees over a base.
type forest struct {
	base  float64
	trees []tree
}

func (f *forest) score(x []float64) float64 {
	s := f.base
	for i := range f.trees {
		s += f.trees[i].score(x)
	}
	return s
}

// cuts returns each feature's candidate thresholds: the distinct values'
// quantiles over rows.
func cuts(rows [][]float64) [][]float64 {
	if len(rows) == 0 {
		return nil
	}
	d := len(rows[0])
	out := make([][]float64, d)
	vals := make([]float64, len(rows))
	for j := range d {
		for i, x := range rows {
			vals[i] = x[j]
		}
		slices.Sort(vals)
		u := slices.Compact(slices.Clone(vals))
		if len(u) <= 1 {
			continue
		}
		u = u[:len(u)-1] // a cut at the largest value splits nothing
		if len(u) > treeBins {
			q := make([]float64, 0, treeBins)
			for b := range treeBins {
				q = append(q, u[b*len(u)/treeBins])
			}
			u = slices.Compact(q)
		}
		out[j] = u
	}
	return out
}

// fitTrees boosts trees on rows and labels ys.
func fitTrees(rows [][]float64, ys []bool, c treeConfig) forest {
	n := len(rows)
	if n == 0 {
		return forest{}
	}
	pos := 0
	for _, y := range ys {
		if y {
			pos++
		}
	}
	base := math.Log((float64(pos) + 1) / (float64(n-pos) + 1))
	f := forest{base: base}
	z := make([]float64, n)
	for i := range z {
		z[i] = base
	}
	cs := cuts(rows)
	g := make([]float64, n)
	h := make([]float64, n)
	for range c.rounds {
		for i := range n {
			p := 1 / (1 + math.Exp(-z[i]))
			y := 0.0
			if ys[i] {
				y = 1
			}
			g[i], h[i] = p-y, max(p*(1-p), 1e-6)
		}
		size := 1<<(c.depth+1) - 1
		t := tree{feat: make([]int, size), cut: make([]float64, size), val: make([]float64, size), leaf: make([]bool, size)}
		all := make([]int, n)
		for i := range all {
			all[i] = i
		}
		grow(&t, 0, all, 0, rows, g, h, cs, c)
		for i := range n {
			z[i] += t.score(rows[i])
		}
		f.trees = append(f.trees, t)
	}
	return f
}

// grow fills node at with the best split of idx, or a leaf.
func grow(t *tree, at int, idx []int, level int, rows [][]float64, g, h []float64, cs [][]float64, c treeConfig) {
	var G, H float64
	for _, i := range idx {
		G += g[i]
		H += h[i]
	}
	const lam = 1.0
	leaf := func() {
		t.leaf[at] = true
		t.val[at] = -G / (H + lam) * c.shrink
	}
	if level == c.depth || len(idx) < 2*c.minLeaf {
		leaf()
		return
	}
	parent := G * G / (H + lam)
	bestGain, bestF, bestCut := 1e-9, -1, 0.0
	for j, cut := range cs {
		if len(cut) == 0 {
			continue
		}
		gs := make([]float64, len(cut)+1)
		hs := make([]float64, len(cut)+1)
		ns := make([]int, len(cut)+1)
		for _, i := range idx {
			b, _ := slices.BinarySearch(cut, rows[i][j]) // first cut >= x: x <= cut[b]
			gs[b] += g[i]
			hs[b] += h[i]
			ns[b]++
		}
		var gl, hl float64
		nl := 0
		for b := range cut {
			gl += gs[b]
			hl += hs[b]
			nl += ns[b]
			if nl < c.minLeaf || len(idx)-nl < c.minLeaf {
				continue
			}
			gr, hr := G-gl, H-hl
			if gain := gl*gl/(hl+lam) + gr*gr/(hr+lam) - parent; gain > bestGain {
				bestGain, bestF, bestCut = gain, j, cut[b]
			}
		}
	}
	if bestF < 0 {
		leaf()
		return
	}
	t.feat[at], t.cut[at] = bestF, bestCut
	var left, right []int
	for _, i := range idx {
		if rows[i][bestF] <= bestCut {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	grow(t, 2*at+1, left, level+1, rows, g, h, cs, c)
	grow(t, 2*at+2, right, level+1, rows, g, h, cs, c)
}

// sweepTrees prints the site CV's right pages of boosted trees in several
// shapes.
func sweepTrees(pages []page, w io.Writer) {
	for _, c := range []treeConfig{
		{1, 100, 20, 0.1}, {2, 100, 20, 0.1}, {2, 100, 100, 0.1}, {3, 100, 20, 0.1},
		{3, 100, 100, 0.1}, {3, 300, 50, 0.05}, {4, 100, 50, 0.1}, {6, 50, 100, 0.1},
	} {
		right := 0
		for f := range folds {
			rows, ys := rowsOf(pages, func(k int) bool { return pages[k].fold != f }, nil)
			m := fitTrees(rows, ys, c)
			for _, pg := range pages {
				if pg.fold != f {
					continue
				}
				best, bestScore := -1, 0.0
				for i, cd := range pg.cands {
					if s := m.score(cd.X); best < 0 || s > bestScore {
						best, bestScore = i, s
					}
				}
				if best >= 0 && pg.right[best] {
					right++
				}
			}
		}
		fmt.Fprintf(w, "trees depth %d rounds %d min leaf %d shrink %g: %d of %d\n", c.depth, c.rounds, c.minLeaf, c.shrink, right, len(pages))
	}
}
