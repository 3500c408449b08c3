package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLabelWordIn checks labelWordIn and updateWordAt, which lower a word
// or a line into a stack buffer, against strings.ToLower as the byline and
// update readers used it, on every label word in three cases and 40,000
// random words and lines of label and update words, capitals of other
// scripts, İ (whose lower case is longer), the Kelvin sign, invalid bytes
// and lines longer than the buffer.
func TestLabelWordIn(t *testing.T) {
	var words []string
	for w := range labelWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	parts := []string{"by", "By", "BY", "von", "PAR", "Autor:", "АВТОР:", "автор:", "Yazar:", "İ", "\u212a", "ſ", "\xff", "x",
		" ", "Updated", "UPDATED", "modifié", "MODIFIÉ", "Aktualisiert", "Güncelleme", "ОБНОВЛЕНО", "수정", "2025", strings.Repeat("A", 120)}
	rng := rand.New(rand.NewPCG(18, 44))
	for range 40000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		low := strings.ToLower(w)
		known, cased := labelWordIn(w)
		if known != labelWords[low] || cased != (low != w) {
			t.Errorf("labelWordIn(%q) = %v, %v; ToLower gives %v, %v", w, known, cased, labelWords[low], low != w)
		}
		if got, want := updateWordAt(w), updateWordAtLowered(w); got != want {
			t.Errorf("updateWordAt(%q) = %d, want %d", w, got, want)
		}
	}
}

// updateWordAtLowered is updateWordAt as it was, on strings.ToLower's copy.
func updateWordAtLowered(s string) int {
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return -1
	}
	first := -1
	for _, w := range updateWords {
		if i := strings.Index(low, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}
