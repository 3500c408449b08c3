package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// indexFoldASCIIRef is indexFoldASCII written plainly: every start tried.
func indexFoldASCIIRef(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// TestIndexFoldASCIIAgreesWithPlainSearch holds the jumping search to the
// plain one over random texts of few letters in both cases, where the
// first byte's two cases interleave and near misses abound.
func TestIndexFoldASCIIAgreesWithPlainSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "hHeElLpP .1"
	words := []string{"help", "he", "h", "pel", "1.", " help", "hello", "lp"}
	for range 20000 {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		for _, w := range words {
			if got, want := indexFoldASCII(s, w), indexFoldASCIIRef(s, w); got != want {
				t.Fatalf("indexFoldASCII(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
	for _, c := range []struct {
		s, w string
		want int
	}{
		{"", "", 0},
		{"abc", "", 0},
		{"", "a", -1},
		{"He", "help", -1},
		{"Please HELP us", "help", 7},
		{"hhhhHHHHhelp", "help", 8},
	} {
		if got := indexFoldASCII(c.s, c.w); got != c.want {
			t.Errorf("indexFoldASCII(%q, %q) = %d, want %d", c.s, c.w, got, c.want)
		}
	}
}
