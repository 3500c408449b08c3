package blockfeat

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSecondFeaturesWindows checks SecondFeatures, whose strongest
// neighbours within 10 blocks come from a windowMax, against
// refSecondFeatures, which reads them one by one, bit for bit, on pages of
// 0 to 70 blocks of random probabilities, of a few values repeated (ties),
// and of zeros, ones and NaN; and windowMax against a loop on every run of
// up to its width.
func TestSecondFeaturesWindows(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 10))
	nan := float32(math.NaN())
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
		got, want := SecondFeatures(p), refSecondFeatures(p)
		for k := range want {
			if math.Float32bits(got[k]) != math.Float32bits(want[k]) && !(got[k] != got[k] && want[k] != want[k]) {
				t.Fatalf("case %d, %d blocks: feature %d of block %d is %v, the loop gives %v (p %v)", c, n, k%PassTwo, k/PassTwo, got[k], want[k], p)
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
					if g := w.max(a, b); math.Float32bits(g) != math.Float32bits(m) && !(g != g && m != m) {
						t.Fatalf("width %d, %v: max(%d, %d) = %v, want %v", width, p, a, b, g, m)
					}
				}
			}
		}
	}
}

// refSecondFeatures is SecondFeatures as it read the strongest neighbours
// one by one, kept as the reference the windows are held to.
func refSecondFeatures(p []float32) []float32 {
	n := len(p)
	out := make([]float32, n*PassTwo)
	sum := make([]float64, n+1) // prefix sums
	nStrong := make([]int, n+1)
	for i, x := range p {
		sum[i+1] = sum[i] + float64(x)
		nStrong[i+1] = nStrong[i] + b2i(x >= strong)
	}
	// the nearest strong block before and after each block (-1: none)
	prevStrong, nextStrong := make([]int, n), make([]int, n)
	last := -1
	for i := range n {
		prevStrong[i] = last
		if p[i] >= strong {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		nextStrong[i] = last
		if p[i] >= strong {
			last = i
		}
	}
	first, final := -1, -1
	if n > 0 && nStrong[n] > 0 {
		first = nextStrong[0]
		if p[0] >= strong {
			first = 0
		}
		final = prevStrong[n-1]
		if p[n-1] >= strong {
			final = n - 1
		}
	}
	mean := func(i, r int) float32 {
		lo, hi := max(0, i-r), min(n-1, i+r)
		if hi == lo {
			return 0
		}
		return float32((sum[hi+1] - sum[lo] - float64(p[i])) / float64(hi-lo))
	}
	pageMean := float32(0)
	if n > 0 {
		pageMean = float32(sum[n] / float64(n))
	}
	for i := range n {
		v := out[i*PassTwo : (i+1)*PassTwo]
		v[0] = p[i]
		if i > 0 {
			v[1] = p[i-1]
		}
		if i+1 < n {
			v[2] = p[i+1]
		}
		v[3], v[4], v[5] = mean(i, 2), mean(i, 6), mean(i, 20)
		var before, after float32
		for j := max(0, i-10); j < i; j++ {
			before = max(before, p[j])
		}
		for j := i + 1; j <= min(n-1, i+10); j++ {
			after = max(after, p[j])
		}
		v[6], v[7], v[8] = before, after, min(before, after)
		switch {
		case first < 0:
			v[9], v[10], v[11] = 1, 1, 1
		default:
			if i < first {
				v[9] = logScale(first-i, 500)
			}
			if i > final {
				v[10] = logScale(i-final, 500)
			}
			d := n
			if prevStrong[i] >= 0 {
				d = i - prevStrong[i]
			}
			if nextStrong[i] >= 0 {
				d = min(d, nextStrong[i]-i)
			}
			v[11] = logScale(d, 500)
			v[13] = ratio(nStrong[i], nStrong[n])
		}
		v[12] = pageMean
	}
	return out
}
