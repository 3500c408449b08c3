package blockfeat

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSecondFeaturesWindows checks the strongest neighbours within near
// blocks that SecondFeatures takes from a windowMax (features 6, 7 and 8:
// before, after and the lesser of the two) against a loop over the same
// blocks, bit for bit, on pages of 0 to 70 blocks of random probabilities,
// of a few values repeated (ties), and of zeros, ones and NaN; and windowMax
// against a loop on every run of up to its width. The other features are
// TestSecondFeatures' cases.
func TestSecondFeaturesWindows(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 10))
	nan := float32(math.NaN())
	same := func(a, b float32) bool {
		return math.Float32bits(a) == math.Float32bits(b) || (a != a && b != b)
	}
	for c := range 600 {
		n := c % 71
		p := make([]float32, n)
		for i := range p {
			switch c % 4 {
			case 0:
				p[i] = rng.Float32()
			case 1:
				p[i] = []float32{0, 0.5, 1, 0.25}[rng.IntN(4)]
			case 2:
				p[i] = []float32{0, 1, float32(math.Copysign(0, -1))}[rng.IntN(3)]
			default:
				p[i] = rng.Float32()
				if rng.IntN(20) == 0 {
					p[i] = nan
				}
			}
		}
		got := SecondFeatures(p)
		for i := range n {
			var before, after float32
			for j := max(0, i-near); j < i; j++ {
				before = max(before, p[j])
			}
			for j := i + 1; j <= min(n-1, i+near); j++ {
				after = max(after, p[j])
			}
			v := got[i*PassTwo : (i+1)*PassTwo]
			for k, want := range []float32{6: before, 7: after, 8: min(before, after)}[6:] {
				if !same(v[6+k], want) {
					t.Fatalf("case %d, %d blocks: feature %d of block %d is %v, the loop gives %v (p %v)", c, n, 6+k, i, v[6+k], want, p)
				}
			}
		}
		for _, width := range []int{1, 3, near} {
			w := newWindowMax(p, width)
			for a := range n {
				for b := a; b < min(n, a+width); b++ {
					m := p[a]
					for _, x := range p[a+1 : b+1] {
						m = max(m, x)
					}
					if g := w.max(a, b); !same(g, m) {
						t.Fatalf("width %d, %v: max(%d, %d) = %v, want %v", width, p, a, b, g, m)
					}
				}
			}
		}
	}
}
