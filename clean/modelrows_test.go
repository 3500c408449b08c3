package clean

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// TestModelForestsScoreRows checks that the generated story models'
// forests score a page's rows (ScoreRows, from the packed layout, a group
// at a time) bit for bit as their arrays walked tree by tree do, over
// vectors whose features sit on, just above and just below every
// threshold the forest holds, NaN among them.
func TestModelForestsScoreRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 23))
	for _, c := range []struct {
		name string
		f    *blockfeat.Forest
		dim  int
	}{
		{"html first", htmlModel.Trees, htmlModel.Dim},
		{"html second", htmlModel.SecondTrees, htmlModel.Dim + blockfeat.PassTwo},
		{"text first", textModel.Trees, textModel.Dim},
		{"text second", textModel.SecondTrees, textModel.Dim + blockfeat.PassTwo},
	} {
		const n = 300
		vecs := make([]float32, n*c.dim)
		for i := range vecs {
			th := c.f.Thresh[rng.IntN(len(c.f.Thresh))]
			switch rng.IntN(5) {
			case 0:
				vecs[i] = th
			case 1:
				vecs[i] = math.Nextafter32(th, float32(math.Inf(1)))
			case 2:
				vecs[i] = math.Nextafter32(th, float32(math.Inf(-1)))
			case 3:
				vecs[i] = rng.Float32()
			default:
				if rng.IntN(20) == 0 {
					vecs[i] = float32(math.NaN())
				}
			}
		}
		out := make([]float32, n)
		c.f.ScoreRows(vecs, c.dim, out)
		for i := range n {
			want := c.f.ScoreArrays(vecs[i*c.dim : (i+1)*c.dim])
			if math.Float32bits(out[i]) != math.Float32bits(want) {
				t.Fatalf("%s: row %d scored %v, the arrays give %v", c.name, i, out[i], want)
			}
		}
	}
}
