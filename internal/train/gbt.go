package main

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// gbtConfig is how a forest is grown.
type gbtConfig struct {
	trees  int
	depth  int
	rate   float64 // shrinkage
	lambda float64 // L2 on leaf values
	sample float64 // share of the examples each tree sees
	minHes float64 // least hessian weight on each side of a split
	bins   int     // most thresholds per feature
	seed   uint64
	// colsample is the share of the features each tree may split on,
	// drawn per tree (1 or more: all of them)
	colsample float64
	// never, when not nil, marks the features no tree may split on
	never []bool
	bag   int // forests averaged (fitBag; 0 or 1: one)
}

var defaultGBT = gbtConfig{trees: 150, depth: 4, rate: 0.15, lambda: 1, sample: 0.3, minHes: 2, bins: 24, seed: 1}

// defaultText is the text model's size where it differs from defaultGBT.
var defaultText = gbtConfig{trees: 90, rate: 0.25}

// binned is a set with each feature cut into bins: bin 0 holds the value 0
// (and below), bin b > 0 the values in (edges[b-1], edges[b]] with edges[0]
// = 0. Rows keep only their non-zero (feature, bin) pairs, so building a
// histogram costs a row's non-zero features, not all of them.
type binned struct {
	edges [][]float32 // per feature: the upper edge of each bin
	start []int       // row i's pairs are pairs[start[i]:start[i+1]]
	feat  []int16
	bin   []uint8
}

func binSet(s *set, maxBins int) *binned {
	b := &binned{edges: make([][]float32, s.dim)}
	// Edges from the quantiles of each feature's non-zero values on every
	// 7th row.
	vals := make([][]float32, s.dim)
	for i := 0; i < s.len(); i += 7 {
		for j, v := range s.row(i) {
			if v > 0 {
				vals[j] = append(vals[j], v)
			}
		}
	}
	for j := range s.dim {
		e := []float32{0}
		v := vals[j]
		slices.Sort(v)
		for q := 1; q <= maxBins && len(v) > 0; q++ {
			x := v[min(len(v)-1, q*len(v)/maxBins)]
			if q == maxBins {
				x = v[len(v)-1]
			}
			if x > e[len(e)-1] {
				e = append(e, x)
			}
		}
		e[len(e)-1] = float32(math.Inf(1)) // the last bin is open above
		b.edges[j] = e
	}
	b.start = make([]int, 0, s.len()+1)
	for i := range s.len() {
		b.start = append(b.start, len(b.feat))
		for j, v := range s.row(i) {
			if v > 0 {
				k, _ := slices.BinarySearch(b.edges[j], v)
				b.feat = append(b.feat, int16(j))
				b.bin = append(b.bin, uint8(max(k, 1)))
			}
		}
	}
	b.start = append(b.start, len(b.feat))
	return b
}

// growGBT grows a forest on s, already binned as b (binSet(s, c.bins)):
// each tree on a sample of the examples drawn from the seed, its splits
// chosen on histograms of gradients and hessians, its leaves Newton steps.
// The same set and config give the same forest. c.bag is not read: fitBag
// averages several.
func growGBT(s *set, b *binned, c gbtConfig) *blockfeat.Forest {
	n := s.len()
	var pos, all float64
	for i := range n {
		all += float64(s.w[i])
		if s.y[i] {
			pos += float64(s.w[i])
		}
	}
	p0 := min(max(pos/all, 1e-3), 1-1e-3)
	f := &blockfeat.Forest{Depth: c.depth, Base: float32(math.Log(p0 / (1 - p0)))}
	score := make([]float64, n)
	for i := range score {
		score[i] = float64(f.Base)
	}
	g, h := make([]float64, n), make([]float64, n)
	rng := rand.New(rand.NewPCG(c.seed, 0x9b7))
	inner, leaves := 1<<c.depth-1, 1<<c.depth
	node := make([]int32, n)
	nb := 0
	for _, e := range b.edges {
		nb = max(nb, len(e))
	}
	size := s.dim * nb // one node's histogram
	// the histograms of one level's nodes and of the level above
	level, above := make([]hist, size<<(c.depth-1)), make([]hist, size<<(c.depth-1))
	tot, totAbove := make([]hist, 1<<(c.depth-1)), make([]hist, 1<<(c.depth-1))
	cols := newColumns(s.dim, c)
	for range c.trees {
		use := cols.draw()
		var rows []int32
		for i := range n {
			if rng.Float64() < c.sample {
				rows = append(rows, int32(i))
				p := 1 / (1 + math.Exp(-score[i]))
				y := 0.0
				if s.y[i] {
					y = 1
				}
				w := float64(s.w[i])
				g[i], h[i] = w*(p-y), w*max(p*(1-p), 1e-6)
				node[i] = 0
			}
		}
		feat := make([]int16, inner)
		thr := make([]float32, inner)
		leaf := make([]float32, leaves)
		// Level by level: the nodes of one level are 2^d-1 ... 2^(d+1)-2.
		for d := range c.depth {
			lo, hi := 1<<d-1, 1<<(d+1)-1
			levelHistograms(b, level[:size*(hi-lo)], tot[:hi-lo], above, totAbove, size, nb, rows, node, d, g, h)
			for k := lo; k < hi; k++ {
				hg := level[(k-lo)*size : (k-lo+1)*size]
				bestF, bestB := bestSplit(b, hg, nb, s.dim, tot[k-lo].g, tot[k-lo].h, c, use)
				if bestF < 0 {
					feat[k], thr[k] = 0, math.MaxFloat32 // no split: all go left
				} else {
					feat[k], thr[k] = int16(bestF), b.edges[bestF][bestB]
				}
			}
			for _, r := range rows {
				k := int(node[r])
				if k < lo || k >= hi {
					continue
				}
				if value(b, r, int(feat[k])) <= thr[k] {
					node[r] = int32(2*k + 1)
				} else {
					node[r] = int32(2*k + 2)
				}
			}
			level, above = above, level
			tot, totAbove = totAbove, tot
		}
		lg, lh := make([]float64, leaves), make([]float64, leaves)
		for _, r := range rows {
			lg[int(node[r])-inner] += g[r]
			lh[int(node[r])-inner] += h[r]
		}
		for j := range leaves {
			leaf[j] = float32(-c.rate * lg[j] / (lh[j] + c.lambda))
		}
		f.Feature = append(f.Feature, feat...)
		f.Thresh = append(f.Thresh, thr...)
		f.Leaf = append(f.Leaf, leaf...)
		one := &blockfeat.Forest{Depth: c.depth, Feature: feat, Thresh: thr, Leaf: leaf}
		for i := range n {
			score[i] += float64(one.Score(s.row(i)))
		}
	}
	return f
}

// hist sums the gradients and hessians of the rows in one bin of one feature.
type hist struct{ g, h float64 }

// levelHistograms fills level, node after node (size entries each, by
// feature and bin), and tot with the gradients and hessians of the rows at
// each node of depth d. At the root it sums the rows; below, it sums the
// rows of each left child and takes each right child's as its parent's
// (above, totAbove: the level above) less its sibling's, which halves the
// work.
func levelHistograms(b *binned, level, tot, above, totAbove []hist, size, nb int, rows, node []int32, d int, g, h []float64) {
	clear(level)
	clear(tot)
	lo := int32(1<<d - 1)
	for _, r := range rows {
		k := node[r] - lo
		if d > 0 && k%2 == 1 {
			continue // a right child: by subtraction below
		}
		tot[k].g += g[r]
		tot[k].h += h[r]
		x := level[int(k)*size:]
		for q := b.start[r]; q < b.start[r+1]; q++ {
			e := &x[int(b.feat[q])*nb+int(b.bin[q])]
			e.g += g[r]
			e.h += h[r]
		}
	}
	if d == 0 {
		return
	}
	for k := 1; k < len(tot); k += 2 {
		parent := k / 2
		tot[k] = hist{totAbove[parent].g - tot[k-1].g, totAbove[parent].h - tot[k-1].h}
		l, p, x := level[(k-1)*size:k*size], above[parent*size:(parent+1)*size], level[k*size:(k+1)*size]
		for j := range x {
			x[j] = hist{p[j].g - l[j].g, p[j].h - l[j].h}
		}
	}
}

// bestSplit returns the feature and bin whose split of a node gains the
// most from its histogram (totals G and H), or -1 when no split gains.
// use, when not nil, marks the features it may split on.
func bestSplit(b *binned, hg []hist, nb, dim int, G, H float64, c gbtConfig, use []bool) (bestF, bestB int) {
	bestGain := 0.0
	bestF = -1
	parent := G * G / (H + c.lambda)
	for j := range dim {
		if use != nil && !use[j] {
			continue
		}
		e := b.edges[j]
		// bin 0 holds what the non-zero bins do not
		var nzG, nzH float64
		for q := 1; q < len(e); q++ {
			nzG += hg[j*nb+q].g
			nzH += hg[j*nb+q].h
		}
		lg, lh := G-nzG, H-nzH
		for q := 0; q < len(e)-1; q++ {
			if q > 0 {
				lg += hg[j*nb+q].g
				lh += hg[j*nb+q].h
			}
			rg, rh := G-lg, H-lh
			if lh < c.minHes || rh < c.minHes {
				continue
			}
			if gain := lg*lg/(lh+c.lambda) + rg*rg/(rh+c.lambda) - parent; gain > bestGain+1e-9 {
				bestGain, bestF, bestB = gain, j, q
			}
		}
	}
	return bestF, bestB
}

// value returns the upper edge of row r's bin of feature j (0 when the
// feature is 0), which compares with a threshold as the value does.
func value(b *binned, r int32, j int) float32 {
	for q := b.start[r]; q < b.start[r+1]; q++ {
		if int(b.feat[q]) == j {
			return b.edges[j][b.bin[q]]
		}
	}
	return 0
}
