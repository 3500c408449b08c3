package clean

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/testkit"
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

// TestTextModelScoresAllocs checks that the text story model's Scores
// makes its buffers once per page: the allocations over invented pages of
// 32, 320 and 3,200 lines do not grow with the page (a bound, not a time;
// one of slack for the runtime's own should a collection fall in the
// runs, where buffers made per group of sixteen lines would add 20 and
// 200).
func TestTextModelScoresAllocs(t *testing.T) {
	testkit.SkipUnderRace(t, "sync.Pool drops items under the race detector")
	allocs := map[int]float64{}
	for _, n := range []int{32, 320, 3200} {
		lines := make([]string, n)
		for i := range lines {
			lines[i] = "The ferry board voted on item " + strconv.Itoa(i) + " to repaint the north jetty before the autumn fair."
		}
		v := blockfeat.TextShapes(lines, blockfeat.Shapes(lines), "")
		allocs[n] = testing.AllocsPerRun(20, func() { textModel.Scores(v) })
	}
	if allocs[320] > allocs[32]+1 || allocs[3200] > allocs[32]+1 {
		t.Errorf("Scores' allocations grow with the page: %v", allocs)
	}
}
