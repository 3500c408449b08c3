package blockfeat

import (
	"math/rand/v2"
	"testing"
)

// randomForest returns a forest of n trees of depth d over dim features,
// drawn from the seed.
func randomForest(n, d, dim int, seed uint64) *Forest {
	rng := rand.New(rand.NewPCG(seed, 1))
	f := &Forest{Depth: d, Base: 0.5}
	for range n * (1<<d - 1) {
		f.Feature = append(f.Feature, int16(rng.IntN(dim)))
		f.Thresh = append(f.Thresh, rng.Float32())
	}
	for range n << d {
		f.Leaf = append(f.Leaf, rng.Float32()-0.5)
	}
	return f
}

func TestForestScore(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, d := range []int{1, 3, 4, 5} {
		f := randomForest(20, d, 50, uint64(d))
		for range 200 {
			v := make([]float32, 50)
			for i := range v {
				if rng.IntN(2) == 0 {
					v[i] = rng.Float32()
				}
			}
			// a value on a threshold goes left
			v[f.Feature[0]] = f.Thresh[0]
			if got, want := f.Score(v), f.ScoreArrays(v); got != want {
				t.Fatalf("depth %d: Score %v, want %v", d, got, want)
			}
		}
	}
}

func BenchmarkForestScore(b *testing.B) {
	f := randomForest(150, 4, 120, 1)
	rng := rand.New(rand.NewPCG(1, 2))
	vs := make([][]float32, 256)
	for i := range vs {
		vs[i] = make([]float32, 120)
		for j := range vs[i] {
			vs[i][j] = rng.Float32()
		}
	}
	b.ResetTimer()
	var s float32
	for i := 0; b.Loop(); i++ {
		s += f.Score(vs[i%len(vs)])
	}
	_ = s
}
