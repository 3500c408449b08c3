package blockfeat

import (
	"math/rand/v2"
	"testing"
)

// TestForestPackedGrown checks that a forest scored, then grown by more
// trees (as the trainer grows one), is scored with the new trees: the
// packed layout is not kept past a change of the arrays.
func TestForestPackedGrown(t *testing.T) {
	f := randomForest(5, 4, 30, 3)
	more := randomForest(7, 4, 30, 4)
	v := make([]float32, 30)
	rng := rand.New(rand.NewPCG(5, 5))
	for i := range v {
		v[i] = rng.Float32()
	}
	if got, want := f.Score(v), f.ScoreArrays(v); got != want {
		t.Fatalf("before growing: Score %v, want %v", got, want)
	}
	f.Feature = append(f.Feature, more.Feature...)
	f.Thresh = append(f.Thresh, more.Thresh...)
	f.Leaf = append(f.Leaf, more.Leaf...)
	if got, want := f.Score(v), f.ScoreArrays(v); got != want {
		t.Fatalf("after growing: Score %v, want %v", got, want)
	}
}

// TestForestPackedLongVector checks the vectors the fixed-size view cannot
// hold: longer than viewLen, they are scored from the arrays, alike.
func TestForestPackedLongVector(t *testing.T) {
	f := randomForest(9, 4, viewLen+40, 6)
	rng := rand.New(rand.NewPCG(6, 6))
	v := make([]float32, viewLen+40)
	for i := range v {
		v[i] = rng.Float32()
	}
	if got, want := f.Score(v), f.ScoreArrays(v); got != want {
		t.Fatalf("Score %v, want %v", got, want)
	}
}

// TestForestPackedShortVector checks that a vector shorter than a node's
// feature still panics (an index out of range), as Score always has.
func TestForestPackedShortVector(t *testing.T) {
	f := &Forest{Depth: 4, Feature: make([]int16, 15), Thresh: make([]float32, 15), Leaf: make([]float32, 16)}
	f.Feature[0] = 20
	defer func() {
		if recover() == nil {
			t.Error("Score of a vector shorter than a feature did not panic")
		}
	}()
	f.Score(make([]float32, 10))
}
