package main

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
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

// TestNeverColumns checks that a feature marked never is split on by no
// tree, with and without column sampling, though it alone tells the
// label, and that the other features still are.
func TestNeverColumns(t *testing.T) {
	c := defaultGBT
	c.trees = 20
	c.never = []bool{true, false, false, false}
	for _, cs := range []float64{1, 0.5} {
		c.colsample = cs
		f := fitGBT(colsSet(), c)
		if splitsOn(f, -1, 0) {
			t.Fatalf("colsample %v: a tree split on the never feature", cs)
		}
		if !splitsOn(f, -1, 1) && !splitsOn(f, -1, 2) && !splitsOn(f, -1, 3) {
			t.Fatalf("colsample %v: no tree split at all", cs)
		}
	}
}

// TestDropMask checks -text-drop's reading: names, prefixes, the second
// pass's own features left alone, an unknown name refused.
func TestDropMask(t *testing.T) {
	names := blockfeat.TextNames()
	if m, err := dropMask(" ", names, blockfeat.TextDim); m != nil || err != nil {
		t.Fatalf("empty spec: %v, %v", m, err)
	}
	dim := blockfeat.TextDim + blockfeat.PassTwo
	m, err := dropMask("repeated, lead-word*", names, dim)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for j, drop := range m {
		if !drop {
			continue
		}
		n++
		if j >= len(names) || names[j] != "repeated" && !strings.HasPrefix(names[j], "lead-word") {
			t.Fatalf("feature %d dropped", j)
		}
	}
	if n != 33 {
		t.Fatalf("%d features dropped, want 1 + 32 lead-word buckets", n)
	}
	if _, err := dropMask("repeat", names, dim); err == nil {
		t.Fatal("a name that is only a prefix was taken without *")
	}
}
