package main

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLevelHistograms checks the histograms of each level, the right
// children's taken by subtraction, against sums over each node's rows.
func TestLevelHistograms(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	s := &set{dim: 5}
	for range 500 {
		v := make([]float32, 5)
		for j := range v {
			if rng.IntN(3) > 0 {
				v[j] = rng.Float32()
			}
		}
		s.add(v, rng.IntN(2) == 0, 1)
	}
	b := binSet(s, 8)
	nb := 0
	for _, e := range b.edges {
		nb = max(nb, len(e))
	}
	size := s.dim * nb
	n := s.len()
	g, h := make([]float64, n), make([]float64, n)
	rows := make([]int32, 0, n)
	for i := range n {
		g[i], h[i] = rng.Float64()-0.5, rng.Float64()
		if i%3 != 0 {
			rows = append(rows, int32(i)) // a sample of the rows
		}
	}
	const depth = 3
	node := make([]int32, n)
	level, above := make([]hist, size<<(depth-1)), make([]hist, size<<(depth-1))
	tot, totAbove := make([]hist, 1<<(depth-1)), make([]hist, 1<<(depth-1))
	for d := range depth {
		lo, hi := 1<<d-1, 1<<(d+1)-1
		levelHistograms(b, level[:size*(hi-lo)], tot[:hi-lo], above, totAbove, size, nb, rows, node, d, g, h)
		for k := lo; k < hi; k++ {
			want, wantTot := make([]hist, size), hist{}
			for _, r := range rows {
				if int(node[r]) != k {
					continue
				}
				wantTot.g += g[r]
				wantTot.h += h[r]
				for q := b.start[r]; q < b.start[r+1]; q++ {
					want[int(b.feat[q])*nb+int(b.bin[q])].g += g[r]
					want[int(b.feat[q])*nb+int(b.bin[q])].h += h[r]
				}
			}
			got := level[(k-lo)*size : (k-lo+1)*size]
			close := func(a, b hist) bool { return math.Abs(a.g-b.g) < 1e-9 && math.Abs(a.h-b.h) < 1e-9 }
			if !close(tot[k-lo], wantTot) {
				t.Fatalf("depth %d node %d: totals %v, want %v", d, k, tot[k-lo], wantTot)
			}
			for j := range want {
				if !close(got[j], want[j]) {
					t.Fatalf("depth %d node %d entry %d: %v, want %v", d, k, j, got[j], want[j])
				}
			}
		}
		// split each node's rows by one feature's value, as a tree would
		for _, r := range rows {
			if k := int(node[r]); k >= lo && k < hi {
				node[r] = int32(2*k + 1)
				if s.row(int(r))[d] > 0.5 {
					node[r]++
				}
			}
		}
		level, above = above, level
		tot, totAbove = totAbove, tot
	}
}

// BenchmarkFitGBT grows a forest on rows shaped like the HTML blocks':
// 300 features, about 40 of them non-zero per row.
func BenchmarkFitGBT(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	s := &set{dim: 300}
	v := make([]float32, 300)
	for range 40000 {
		clear(v)
		for range 40 {
			v[rng.IntN(300)] = rng.Float32()
		}
		s.add(v, v[0]+v[1] > 0.3, 1)
	}
	c := defaultGBT
	c.trees = 20
	for b.Loop() {
		fitGBT(s, c)
	}
}
