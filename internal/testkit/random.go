package testkit

import (
	"math/rand/v2"
	"strings"
)

// RandomTexts returns n strings, each up to maxPieces-1 pieces drawn from
// pieces and joined, from a PCG generator seeded with seed1 and seed2: the
// inputs of a test that checks a fast path against its plain form. The
// same arguments give the same strings.
func RandomTexts(seed1, seed2 uint64, n, maxPieces int, pieces []string) []string {
	rng := rand.New(rand.NewPCG(seed1, seed2))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range rng.IntN(maxPieces) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}
