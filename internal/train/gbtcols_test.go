package main

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// fitGBT grows a forest on s as fitBag grows each member of a bag.
func fitGBT(s *set, c gbtConfig) *blockfeat.Forest {
	return growGBT(s, binSet(s, c.bins), c)
}

// colsSet is a set whose label is feature 0, features 1-3 noise.
func colsSet() *set {
	rng := rand.New(rand.NewPCG(5, 6))
	s := &set{dim: 4}
	for range 2000 {
		v := []float32{rng.Float32(), rng.Float32(), rng.Float32(), rng.Float32()}
		s.add(v, v[0] > 0.5, 1)
	}
	return s
}

// splitsOn reports whether tree tr of f (every tree when tr < 0) splits
// on feature j (a node that does not split has feature 0 and the largest
// threshold).
func splitsOn(f *blockfeat.Forest, tr int, j int16) bool {
	inner := 1<<f.Depth - 1
	for k, fj := range f.Feature {
		if fj == j && f.Thresh[k] < math.MaxFloat32 && (tr < 0 || k/inner == tr) {
			return true
		}
	}
	return false
}

// TestColsample checks that with a small colsample some trees cannot see
// the label's feature (so split on others), and that colsample 1 grows
// the same forest as no sampling.
func TestColsample(t *testing.T) {
	c := defaultGBT
	c.trees = 20
	base := fitGBT(colsSet(), c)
	c.colsample = 1
	if same := fitGBT(colsSet(), c); !slices.Equal(same.Leaf, base.Leaf) || !slices.Equal(same.Feature, base.Feature) {
		t.Fatal("colsample 1 changed the forest")
	}
	c.colsample = 0.3
	f := fitGBT(colsSet(), c)
	without := 0
	for tr := range c.trees {
		if !splitsOn(f, tr, 0) {
			without++
		}
	}
	if without == 0 {
		t.Fatal("every tree split on feature 0 at colsample 0.3")
	}
	for tr := range c.trees {
		if !splitsOn(base, tr, 0) {
			t.Fatalf("tree %d without sampling does not split on feature 0", tr)
		}
	}
}
