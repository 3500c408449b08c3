package blockfeat

import (
	"math/rand/v2"
	"testing"
)

// TestScoresJoined checks Model.Scores where the second pass's columns are
// copied straight from the first-pass rows and the second-pass features
// (scoreJoined) against the second pass's trees walked over each block's
// row built, bit for bit: first-pass widths below eight features, at
// eight, not a multiple of eight, the text model's and the HTML model's;
// pages of no block, one, and around the set of sixteen; thresholds and
// values at the comparisons' edges; with the AVX-512 loop and without. It
// checks too that the joined loop ran.
func TestScoresJoined(t *testing.T) {
	zmm := laneLoops(t)
	rng := rand.New(rand.NewPCG(4, 71))
	for _, dim := range []int{1, 3, 7, 8, 13, 40, TextDim, 260} {
		m := &Model{Dim: dim, Trees: edgeForest(25, dim, uint64(dim)),
			SecondTrees: edgeForest(25, dim+PassTwo, uint64(dim)+1)}
		for _, n := range []int{0, 1, 2, 15, 16, 17, 33, 90} {
			vecs := edgeRows(m.Trees, n, dim, rng)
			for _, z := range zmm {
				useZMM = z
				out := make([]float32, n)
				if !m.SecondTrees.scoreJoined(vecs, dim, make([]float32, n*PassTwo), PassTwo, out, new(rowScratch)) {
					t.Fatalf("dim %d, %d blocks: the joined loop did not run", dim, n)
				}
				checkScoresRows(t, m, vecs)
			}
		}
	}
}

// TestScoreJoinedDeclines checks that scoreJoined leaves the rows to the
// caller where the lanes' loop cannot take them: a forest reading a
// feature past the joined row, and one of another depth.
func TestScoreJoinedDeclines(t *testing.T) {
	if !useLanes {
		t.Skip("no lanes' loop on this processor or build")
	}
	out := make([]float32, 3)
	wide := randomForest(5, 4, 30, 3)
	wide.Feature[0] = 29
	if wide.scoreJoined(make([]float32, 3*10), 10, make([]float32, 3*PassTwo), PassTwo, out, new(rowScratch)) {
		t.Error("a forest reading feature 29 of rows of 24 was scored")
	}
	deep := randomForest(5, 5, 20, 3)
	if deep.scoreJoined(make([]float32, 3*10), 10, make([]float32, 3*PassTwo), PassTwo, out, new(rowScratch)) {
		t.Error("a forest of depth 5 was scored")
	}
}

// TestPutColumns checks putColumns against its definition,
// cols[16(at+f)+j] = r[j][f], for widths from one feature to three sets of
// eight and column offsets of none and a few: every column in the range
// written, and none outside it.
func TestPutColumns(t *testing.T) {
	if !useLanes {
		t.Skip("no lanes' loop on this processor or build")
	}
	rng := rand.New(rand.NewPCG(8, 8))
	const sentinel = -7
	for width := 1; width <= 24; width++ {
		for _, at := range []int{0, 3, 9} {
			var r [colRows][]float32
			for j := range r {
				r[j] = make([]float32, width)
				for f := range r[j] {
					r[j][f] = rng.Float32()
				}
			}
			cols := make([]float32, colRows*(at+width+2))
			for i := range cols {
				cols[i] = sentinel
			}
			putColumns(cols, at, &r, width)
			for f := range at + width + 2 {
				for j := range colRows {
					want := float32(sentinel)
					if f >= at && f < at+width {
						want = r[j][f-at]
					}
					if got := cols[f*colRows+j]; got != want {
						t.Fatalf("width %d at %d: column %d row %d is %v, want %v", width, at, f, j, got, want)
					}
				}
			}
		}
	}
}
