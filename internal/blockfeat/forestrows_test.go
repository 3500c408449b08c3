package blockfeat

import (
	"math"
	"math/rand/v2"
	"testing"
)

// edgeValues are values a threshold or a feature may take that a
// comparison treats specially: NaN (every comparison false, so a vector
// goes left), the infinities, both zeros (equal), the smallest subnormal,
// and the largest float32.
var edgeValues = []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 0,
	float32(math.Copysign(0, -1)), math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, math.MaxFloat32, 1}

// edgeForest is randomForest with a share of its thresholds set to
// edgeValues.
func edgeForest(n, dim int, seed uint64) *Forest {
	f := randomForest(n, 4, dim, seed)
	rng := rand.New(rand.NewPCG(seed, 9))
	for k := range f.Thresh {
		if rng.IntN(4) == 0 {
			f.Thresh[k] = edgeValues[rng.IntN(len(edgeValues))]
		}
	}
	return f
}

// edgeRows returns n vectors of dim features: random values, values equal
// to the forest's thresholds, and edgeValues.
func edgeRows(f *Forest, n, dim int, rng *rand.Rand) []float32 {
	vecs := make([]float32, n*dim)
	for i := range vecs {
		switch rng.IntN(4) {
		case 0:
			vecs[i] = rng.Float32()
		case 1:
			vecs[i] = f.Thresh[rng.IntN(len(f.Thresh))]
		case 2:
			vecs[i] = edgeValues[rng.IntN(len(edgeValues))]
		}
	}
	return vecs
}

// TestScoreRows checks ScoreRows against the arrays walked tree by tree
// (Forest.ScoreArrays), bit for bit, over pages of every length around the group
// size (the last group read from a copy or in place), with thresholds and
// values at the comparisons' edges, and for vectors longer than viewLen;
// the forests whose features fit a byte (dim up to smallView) through their
// own layout (forestsmall.go), the others through tree4's; where the
// processor has AVX2, through the eight-lane layout (forestavx.go), and
// TestScoreRowsPortable runs the same checks through the others.
func TestScoreRows(t *testing.T) { checkScoreRows(t) }

// checkScoreRows is TestScoreRows's body.
func checkScoreRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for _, dim := range []int{15, 130, smallView, smallView + 1, 260, 274, viewLen + 30} {
		f := edgeForest(60, min(dim, viewLen), uint64(dim))
		if small := f.packedFor4().small != nil; small != (f.packedFor4().maxFeat < smallView) {
			t.Fatalf("dim %d: largest feature %d, byte layout %v", dim, f.packedFor4().maxFeat, small)
		}
		for _, n := range []int{0, 1, 2, rowGroup - 1, rowGroup, rowGroup + 1, 3*rowGroup + 5, 200} {
			vecs := edgeRows(f, n, dim, rng)
			out := make([]float32, n)
			f.ScoreRows(vecs, dim, out)
			for i := range n {
				want := f.ScoreArrays(vecs[i*dim : (i+1)*dim])
				if math.Float32bits(out[i]) != math.Float32bits(want) {
					t.Fatalf("dim %d, %d rows: row %d scored %v, want %v", dim, n, i, out[i], want)
				}
				if got := f.Score(vecs[i*dim : (i+1)*dim]); math.Float32bits(got) != math.Float32bits(want) {
					t.Fatalf("dim %d: Score of row %d %v, want %v", dim, i, got, want)
				}
			}
		}
	}
}

// TestScoreRowsOtherDepths checks the forests ScoreRows does not pack
// (depth other than 4): each row scored as Score scores it.
func TestScoreRowsOtherDepths(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	for _, d := range []int{1, 3, 5} {
		f := randomForest(10, d, 20, uint64(d))
		vecs := edgeRows(f, 40, 20, rng)
		out := make([]float32, 40)
		f.ScoreRows(vecs, 20, out)
		for i := range out {
			if want := f.ScoreArrays(vecs[i*20 : (i+1)*20]); math.Float32bits(out[i]) != math.Float32bits(want) {
				t.Fatalf("depth %d: row %d scored %v, want %v", d, i, out[i], want)
			}
		}
	}
}

// TestScoreRowsShortRows checks that rows narrower than a node's feature
// panic, as Score does on such a vector.
func TestScoreRowsShortRows(t *testing.T) {
	f := randomForest(5, 4, 30, 8)
	f.Feature[3] = 29
	defer func() {
		if recover() == nil {
			t.Error("ScoreRows of rows narrower than a feature did not panic")
		}
	}()
	f.ScoreRows(make([]float32, 40*20), 20, make([]float32, 40))
}

// TestModelScoresRows checks Model.Scores, which scores a page's rows a
// group at a time, against the two passes scored one vector at a time.
func TestModelScoresRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const dim = 40
	m := &Model{Dim: dim, Trees: edgeForest(30, dim, 1), SecondTrees: edgeForest(30, dim+PassTwo, 2)}
	for _, n := range []int{0, 1, rowGroup, 2*rowGroup + 3, 90} {
		vecs := edgeRows(m.Trees, n, dim, rng)
		first := make([]float32, n)
		for i := range first {
			first[i] = Sigmoid(m.Trees.ScoreArrays(vecs[i*dim : (i+1)*dim]))
		}
		second := SecondFeatures(first)
		got := m.Scores(vecs)
		if len(got) != n {
			t.Fatalf("%d rows: %d scores", n, len(got))
		}
		v := make([]float32, dim+PassTwo)
		for i := range n {
			copy(v, vecs[i*dim:(i+1)*dim])
			copy(v[dim:], second[i*PassTwo:(i+1)*PassTwo])
			if want := Sigmoid(m.SecondTrees.ScoreArrays(v)); math.Float32bits(got[i]) != math.Float32bits(want) {
				t.Fatalf("%d rows: row %d scored %v, want %v", n, i, got[i], want)
			}
		}
	}
}

func BenchmarkForestScoreRows(b *testing.B) {
	f := randomForest(450, 4, 274, 1)
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 200
	vecs := make([]float32, n*274)
	for i := range vecs {
		vecs[i] = rng.Float32()
	}
	out := make([]float32, n)
	for b.Loop() {
		f.ScoreRows(vecs, 274, out)
	}
}
