package main

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// predict returns the probabilities of weights w on the rows of s.
func predict(s *set, w []float32) []float32 {
	out := make([]float32, s.len())
	for i := range out {
		out[i] = blockfeat.Sigmoid(blockfeat.Dot(w, s.row(i)))
	}
	return out
}

// TestFitSeparable fits a linearly separable toy set: every example must
// come out on its side, and the same seed must give the same weights.
func TestFitSeparable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	s := &set{dim: 3}
	for range 400 {
		a, b := rng.Float32(), rng.Float32()
		if d := a + 2*b - 1.4; d > -0.05 && d < 0.05 {
			continue // a margin
		}
		s.add([]float32{a, b, 1}, a+2*b > 1.4, 1)
	}
	c := lrConfig{epochs: 200, rate: 0.5, seed: 7}
	w := fitLR(s, c)
	for i, p := range predict(s, w) {
		if (p > 0.5) != s.y[i] {
			t.Fatalf("example %d %v: p %.3f, label %v (weights %v)", i, s.row(i), p, s.y[i], w)
		}
	}
	w2 := fitLR(s, c)
	for i := range w {
		if w[i] != w2[i] {
			t.Fatalf("same seed, weights differ: %v and %v", w, w2)
		}
	}
}

// TestGBTXor grows a forest on a set no linear model separates (the
// quadrants of the unit square, XOR), with binary distractors: it must
// get nearly all right, and the same seed must give the same forest.
func TestGBTXor(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	s := &set{dim: 4}
	for range 2000 {
		a, b := rng.Float32(), rng.Float32()
		s.add([]float32{a, b, float32(rng.IntN(2)), 0}, (a > 0.5) != (b > 0.5), 1)
	}
	c := gbtConfig{trees: 40, depth: 3, rate: 0.3, lambda: 1, sample: 0.5, minHes: 1, bins: 16, seed: 9}
	f := fitGBT(s, c)
	wrong := 0
	for i := range s.len() {
		if (f.Score(s.row(i)) > 0) != s.y[i] {
			wrong++
		}
	}
	if wrong > s.len()/25 {
		t.Errorf("%d of %d wrong", wrong, s.len())
	}
	g := fitGBT(s, c)
	if !slices.Equal(f.Leaf, g.Leaf) || !slices.Equal(f.Thresh, g.Thresh) || !slices.Equal(f.Feature, g.Feature) {
		t.Error("same seed, different forests")
	}
}
