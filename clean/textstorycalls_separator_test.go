package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHoldsCallSeparator: holdsCallSeparator answers as strings.ContainsAny
// with callSeparators does, on random texts of ASCII, the separators, other
// runes past ASCII and invalid bytes (a separator's bytes cut or after a
// broken lead byte).
func TestHoldsCallSeparator(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 50))
	parts := []string{"a", " ", "|", "→", "•", "·", "»", "’", "é", "\xe2", "\x86", "\x92", "\xc2", "\xb7", "\xbb", "\xf0", "—"}
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if got, want := holdsCallSeparator(s), strings.ContainsAny(s, callSeparators); got != want {
			t.Fatalf("holdsCallSeparator(%q) = %v, ContainsAny %v", s, got, want)
		}
	}
}
