package main

import (
	"math"
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// TestAverageForestsCopies checks that a forest averaged with copies of
// itself scores as the forest does, with N times its trees.
func TestAverageForestsCopies(t *testing.T) {
	c := defaultGBT
	c.trees = 10
	s := colsSet()
	one := fitGBT(s, c)
	three := averageForests([]*blockfeat.Forest{one, one, one})
	if len(three.Leaf) != 3*len(one.Leaf) || len(three.Feature) != 3*len(one.Feature) {
		t.Fatalf("averaged forest has %d leaves, %d nodes; want %d, %d", len(three.Leaf), len(three.Feature), 3*len(one.Leaf), 3*len(one.Feature))
	}
	for i := range s.len() {
		if a, b := one.Score(s.row(i)), three.Score(s.row(i)); math.Abs(float64(a-b)) > 1e-5 {
			t.Fatalf("row %d: averaged copies score %g, the forest %g", i, b, a)
		}
	}
	if averageForests([]*blockfeat.Forest{one}) != one {
		t.Fatal("a bag of one is not the forest itself")
	}
}

// TestFitBag checks that a bag's score is the mean of its members', each
// grown with its own seed, and that a bag of one is fitGBT's forest.
func TestFitBag(t *testing.T) {
	c := defaultGBT
	c.trees, c.seed = 8, 7
	s := colsSet()
	single := fitGBT(s, c)
	c.bag = 1
	if b := fitBag(s, c); !slices.Equal(b.Leaf, single.Leaf) || !slices.Equal(b.Thresh, single.Thresh) || b.Base != single.Base {
		t.Fatal("a bag of one differs from fitGBT's forest")
	}
	c.bag = 3
	bag := fitBag(s, c)
	var members []*blockfeat.Forest
	for i := range 3 {
		m := c
		m.seed = c.seed + uint64(i)*bagStride
		members = append(members, fitGBT(s, m))
	}
	if slices.Equal(members[0].Leaf, members[1].Leaf) {
		t.Fatal("two members of the bag grew the same forest")
	}
	differs := false
	for i := range s.len() {
		v := s.row(i)
		var mean float64
		for _, m := range members {
			mean += float64(m.Score(v)) / 3
		}
		got := float64(bag.Score(v))
		if math.Abs(got-mean) > 1e-5 {
			t.Fatalf("row %d: the bag scores %g, its members' mean %g", i, got, mean)
		}
		if math.Abs(got-float64(single.Score(v))) > 1e-3 {
			differs = true
		}
	}
	if !differs {
		t.Fatal("the bag of three scores every row as its first member does")
	}
}
