package blockfeat

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestScoresReusedBuffers checks that Model.Scores, whose buffers go from
// page to page (scoresPool), scores each page as if alone: pages long and
// short in turn (a short page after a long one finds the long one's values
// in its buffers), through the lanes' loop where the processor has it and
// through the portable loops, each score against the trees walked over
// the block's row, bit for bit.
func TestScoresReusedBuffers(t *testing.T) {
	lanes := []bool{false}
	if useLanes {
		lanes = append(lanes, true)
	}
	old := useLanes
	defer func() { useLanes = old }()
	rng := rand.New(rand.NewPCG(71, 1))
	const dim = 40
	m := &Model{Dim: dim, Trees: edgeForest(20, dim, 3), SecondTrees: edgeForest(20, dim+PassTwo, 4)}
	for _, l := range lanes {
		useLanes = l
		for _, n := range []int{90, 3, 0, 41, 1, 200, 17} {
			checkScoresRows(t, m, edgeRows(m.Trees, n, dim, rng))
		}
	}
}

// TestSecondFeaturesReused checks that one secondWork, page after page,
// gives each page's features as SecondFeatures does alone (fresh buffers):
// a page with strong blocks after one without, short after long.
func TestSecondFeaturesReused(t *testing.T) {
	rng := rand.New(rand.NewPCG(71, 2))
	var w secondWork
	for _, n := range []int{60, 5, 0, 33, 1, 120, 2} {
		p := make([]float32, n)
		for i := range p {
			p[i] = rng.Float32()
			if n%2 == 1 {
				p[i] /= 3 // no strong block on these pages
			}
		}
		got, want := w.features(p), SecondFeatures(p)
		if len(got) != len(want) {
			t.Fatalf("%d blocks: %d features, want %d", n, len(got), len(want))
		}
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%d blocks: feature %d is %v, want %v", n, i, got[i], want[i])
			}
		}
	}
}
