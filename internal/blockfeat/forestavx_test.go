package blockfeat

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestScoreRowsPortable runs TestScoreRows's checks with the lanes' loop
// off, so that the portable loops (forestsmall.go, forestrows.go) are
// held to the arrays on a processor with AVX2 as well.
func TestScoreRowsPortable(t *testing.T) {
	old := useLanes
	useLanes = false
	defer func() { useLanes = old }()
	checkScoreRows(t)
}

// TestScoreRowsLanes checks the lanes' loop against the arrays walked
// tree by tree, bit for bit, for every page length from 0 to 40 (one set
// of sixteen rows, two, and each with the rows a set lacks), with forests of
// no tree, one, two and sixty, thresholds and values at the comparisons'
// edges; and that the loop ran, with the AVX-512 loop (useZMM) where the
// processor has it and without.
func TestScoreRowsLanes(t *testing.T) {
	zmm := laneLoops(t)
	for _, z := range zmm {
		useZMM = z
		checkScoreRowsLanes(t)
	}
}

// checkScoreRowsLanes is TestScoreRowsLanes's checks with the loop useZMM
// picks.
func checkScoreRowsLanes(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	const dim = 130
	ref := edgeForest(60, dim, 10) // the thresholds the rows take values from
	for _, trees := range []int{0, 1, 2, 60} {
		f := edgeForest(trees, dim, uint64(trees)+11)
		if p := f.packedFor4(); p == nil || len(p.lanes) != trees {
			t.Fatalf("%d trees: the lanes' layout was not built", trees)
		}
		for n := range 41 {
			vecs := edgeRows(ref, n, dim, rng)
			out := make([]float32, n)
			f.ScoreRows(vecs, dim, out)
			for i := range n {
				want := f.ScoreArrays(vecs[i*dim : (i+1)*dim])
				if math.Float32bits(out[i]) != math.Float32bits(want) {
					t.Fatalf("zmm %v, %d trees, %d rows: row %d scored %v, want %v", useZMM, trees, n, i, out[i], want)
				}
			}
		}
	}
}

// TestLaneTreesLevels checks that tree8 holds each node of tree4 in the
// slot its level's index gives: the node a vector reaches by a path of
// right and left steps reads the same feature and threshold in both.
func TestLaneTreesLevels(t *testing.T) {
	f := randomForest(20, 4, 50, 13)
	p := f.packedFor4()
	lanes := p.laneTrees()
	for i := range p.trees {
		a, b := &p.trees[i], &lanes[i]
		col := func(f uint16) int32 { return int32(f) * colBytes }
		if col(a.feat1) != b.feat1 || a.thr1 != b.thr1 || a.leaf != b.leaf {
			t.Fatalf("tree %d: root or leaves differ", i)
		}
		for k := range 8 {
			if col(a.feat4[k]) != b.feat4[k] || a.thr4[k] != b.thr4[k] ||
				k < 4 && (col(a.feat3[k]) != b.feat3[k] || a.thr3[k] != b.thr3[k]) ||
				k < 2 && (col(a.feat2[k]) != b.feat2[k] || a.thr2[k] != b.thr2[k]) {
				t.Fatalf("tree %d: node %d of a level differs", i, k)
			}
		}
	}
}

func BenchmarkForestScoreRowsText(b *testing.B) {
	for _, c := range []struct {
		name  string
		lanes bool
	}{{"lanes", true}, {"portable", false}} {
		b.Run(c.name, func(b *testing.B) {
			if c.lanes && !useLanes {
				b.Skip("no lanes' loop")
			}
			old := useLanes
			useLanes = c.lanes
			defer func() { useLanes = old }()
			const dim, n = 130, 200
			f := randomForest(270, 4, dim, 1)
			rng := rand.New(rand.NewPCG(1, 2))
			vecs := make([]float32, n*dim)
			for i := range vecs {
				vecs[i] = rng.Float32()
			}
			out := make([]float32, n)
			for b.Loop() {
				f.ScoreRows(vecs, dim, out)
			}
		})
	}
}

// TestToColumns checks toColumns against its definition, cols[16f+j] =
// row j's feature f (0 for the rows a set lacks), for every row count of a
// set and dims around the eight features columns8 copies at a time, the
// text model's two among them.
func TestToColumns(t *testing.T) {
	if !useLanes {
		t.Skip("no lanes' loop on this processor or build")
	}
	rng := rand.New(rand.NewPCG(3, 5))
	for _, dim := range []int{1, 7, 8, 9, 15, 16, 17, 40, 116, 130} {
		zeros := make([]float32, dim)
		for m := 1; m <= colRows; m++ {
			rows := make([]float32, m*dim)
			for i := range rows {
				rows[i] = rng.Float32()
			}
			cols := make([]float32, colRows*dim)
			for i := range cols {
				cols[i] = -1 // every slot written
			}
			toColumns(cols, rows, zeros, dim)
			for f := range dim {
				for j := range colRows {
					want := float32(0)
					if j < m {
						want = rows[j*dim+f]
					}
					if got := cols[f*colRows+j]; got != want {
						t.Fatalf("dim %d, %d rows: feature %d of row %d is %v, want %v", dim, m, f, j, got, want)
					}
				}
			}
		}
	}
}

// TestScoreRowsLanesDims checks the lanes' loop against the arrays, bit for
// bit, for vectors of every width the column copy treats apart (fewer than
// eight features, none copied eight at a time; widths not a multiple of
// eight, the last features copied one at a time; a few hundred), pages
// around the set of sixteen, with the AVX-512 loop and without, all
// through one rowScratch, so that a buffer one call left (wider or
// narrower, the zeros of a short set) cannot leak into the next.
func TestScoreRowsLanesDims(t *testing.T) {
	zmm := laneLoops(t)
	rng := rand.New(rand.NewPCG(1, 99))
	var s rowScratch
	for _, dim := range []int{1, 2, 3, 5, 7, 8, 9, 16, 23, 31, 33, 64, 255, 500, 9} {
		f := edgeForest(40, dim, uint64(dim))
		if p := f.packedFor4(); p == nil || p.lanes == nil {
			t.Fatalf("dim %d: the lanes' layout was not built", dim)
		}
		for _, n := range []int{0, 1, 15, 16, 17, 33, 200, 3} {
			vecs := edgeRows(f, n, dim, rng)
			for _, z := range zmm {
				useZMM = z
				out := make([]float32, n)
				f.scoreRowsScratch(vecs, dim, out, &s)
				for i := range n {
					want := f.ScoreArrays(vecs[i*dim : (i+1)*dim])
					if math.Float32bits(out[i]) != math.Float32bits(want) {
						t.Fatalf("zmm %v, dim %d, %d rows: row %d scored %v, want %v", z, dim, n, i, out[i], want)
					}
				}
			}
		}
	}
}

// laneLoops skips t where the lanes' loop does not run, and returns the
// values of useZMM to test it with: the AVX2 loop, and the AVX-512 loop
// where the processor has it. useZMM is set back when t ends.
func laneLoops(t *testing.T) []bool {
	t.Helper()
	if !useLanes {
		t.Skip("no lanes' loop on this processor or build")
	}
	zmm := []bool{false}
	if useZMM {
		zmm = append(zmm, true)
	}
	old := useZMM
	t.Cleanup(func() { useZMM = old })
	return zmm
}
