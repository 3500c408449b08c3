package htmldoc

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSplitWordsASCII checks SplitWords' ASCII reading against its rune
// by rune reading over random values of letters of both cases, digits
// and marks, and at the maxWords bound.
func TestSplitWordsASCII(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aAbBzZ09_- .:xXyY"
	for n := range 20000 {
		b := make([]byte, rng.IntN(24))
		if n%100 == 0 {
			b = make([]byte, 600) // more than maxWords tokens
		}
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		if got, want := splitWordsASCII(s, nil), splitWordsRunes(s, nil); !slices.Equal(got, want) {
			t.Fatalf("SplitWords(%q): ASCII %q, runes %q", s, got, want)
		}
	}
}
