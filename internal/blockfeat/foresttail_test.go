package blockfeat

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkForestTail times ScoreRows over a page's last rows, fewer than
// a set of sixteen (and a whole set, to compare), with a random forest of
// the text model's second pass (270 trees of depth 4, 130 features):
// through the AVX-512 loop, the AVX2 loop and the portable one, to tell
// which is cheaper for how many rows. Measured (medians of 8 runs, this
// machine shared): the AVX-512 call takes 8 us whatever the rows, 1 to 16;
// the portable walk 6-7.5 us for one or two rows (it walks rows in pairs),
// 13-15 us for three or four; the AVX2 call 12-13 us for up to eight rows,
// 13-18 us for sixteen. So a page's last rows keep the padded call: the
// portable walk saves about 2 us on a page whose last set holds one or two
// rows, under 0.1% of a text page's time, not worth a second path.
func BenchmarkForestTail(b *testing.B) {
	const dim = 130
	f := randomForest(270, 4, dim, 1)
	rng := rand.New(rand.NewPCG(1, 2))
	vecs := make([]float32, colRows*dim)
	for i := range vecs {
		vecs[i] = rng.Float32()
	}
	for _, c := range []struct {
		name       string
		lanes, zmm bool
	}{{"avx512", true, true}, {"avx2", true, false}, {"portable", false, false}} {
		for _, m := range []int{1, 2, 3, 4, 8, 16} {
			b.Run(fmt.Sprintf("%s/%d", c.name, m), func(b *testing.B) {
				if c.lanes && !useLanes || c.zmm && !useZMM {
					b.Skip("no such loop on this processor or build")
				}
				oldL, oldZ := useLanes, useZMM
				useLanes, useZMM = c.lanes, c.zmm
				defer func() { useLanes, useZMM = oldL, oldZ }()
				out := make([]float32, m)
				var s rowScratch
				for b.Loop() {
					f.scoreRowsScratch(vecs[:m*dim], dim, out, &s)
				}
			})
		}
	}
}
