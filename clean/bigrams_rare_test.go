package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestRarePair: the pair looked up first is one of the literal's, the
// rarest by pairRarity (a digit or a capital before common letters), and
// mayContainRare answers as mayContain does: on random texts and
// literals over a small alphabet, never false for a literal the text
// holds.
func TestRarePair(t *testing.T) {
	for _, tt := range []struct{ lit, want string }{
		{" - Mediamax.am", " -"},
		{"the harbour 24", "24"},
		{"Anadolu Agency", "Ag"},
		{"the tea", "th"},
	} {
		k := rarePair(tt.lit)
		if got := string([]byte{byte(k >> 8), byte(k)}); got != tt.want {
			t.Errorf("rarePair(%q) = %q, want %q", tt.lit, got, tt.want)
		}
	}
	rng := rand.New(rand.NewPCG(2, 9))
	var b bigrams
	const alphabet = "aeT 4.x"
	word := func(n int) string {
		buf := make([]byte, n)
		for i := range buf {
			buf[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(buf)
	}
	found := 0
	for range 2000 {
		text := word(rng.IntN(30))
		b.index(text)
		for range 5 {
			lit := word(1 + rng.IntN(5))
			got, want := b.mayContainRare(lit, rarePair(lit)), b.mayContain(lit)
			if got != want {
				t.Fatalf("text %q, literal %q: mayContainRare %v, mayContain %v", text, lit, got, want)
			}
			if strings.Contains(text, lit) {
				found++
				if !got {
					t.Fatalf("text %q holds %q, mayContainRare says it cannot", text, lit)
				}
			}
		}
	}
	if found == 0 {
		t.Error("no literal found in its text: the test compares nothing")
	}
}
