package blockfeat

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestScoresAllocsFlat checks that Model.Scores makes its buffers once per
// page, not once per group of rowGroup blocks: the allocations over pages
// of 32, 320 and 3,200 blocks do not grow (a bound, not a time), through
// the lanes' loop where the processor has it and through the portable
// loops (a second pass of forty features, in tree4s's layout, and of
// smallView+40, in tree4's); and that the scores are still the trees'
// scores of each block's row, bit for bit. Under the race detector,
// whose sync.Pool drops items at random, the scores are checked and the
// allocation bound is not.
func TestScoresAllocsFlat(t *testing.T) {
	lanes := []bool{false}
	if useLanes {
		lanes = append(lanes, true)
	}
	old := useLanes
	defer func() { useLanes = old }()
	for _, dim := range []int{26, smallView + 26} {
		m := &Model{Dim: dim, Trees: randomForest(30, 4, dim, 5),
			SecondTrees: randomForest(30, 4, dim+PassTwo, 6)}
		rng := rand.New(rand.NewPCG(uint64(dim), 2))
		for _, l := range lanes {
			useLanes = l
			allocs := map[int]float64{}
			for _, n := range []int{32, 320, 3200} {
				vecs := make([]float32, n*dim)
				for i := range vecs {
					vecs[i] = rng.Float32()
				}
				checkScoresRows(t, m, vecs)
				allocs[n] = testing.AllocsPerRun(20, func() { m.Scores(vecs) })
			}
			// one allocation of slack: the runtime's own, should a
			// collection fall in the runs (a group's buffers made per
			// group would add 20 and 200)
			if !raceEnabled && (allocs[320] > allocs[32]+1 || allocs[3200] > allocs[32]+1) {
				t.Errorf("dim %d lanes %v: allocations grow with the page: %v", dim, l, allocs)
			}
		}
	}
}

// checkScoresRows checks m.Scores(vecs) against the second pass's trees
// walked one block's row at a time.
func checkScoresRows(t *testing.T, m *Model, vecs []float32) {
	t.Helper()
	got := m.Scores(vecs)
	first := m.FirstPass(vecs)
	second := SecondFeatures(first)
	row := make([]float32, m.Dim+PassTwo)
	for i := range got {
		copy(row, vecs[i*m.Dim:(i+1)*m.Dim])
		copy(row[m.Dim:], second[i*PassTwo:(i+1)*PassTwo])
		want := Sigmoid(m.SecondTrees.ScoreArrays(row))
		if math.Float32bits(got[i]) != math.Float32bits(want) {
			t.Fatalf("dim %d, %d blocks, block %d: %v, want %v", m.Dim, len(got), i, got[i], want)
		}
	}
}
