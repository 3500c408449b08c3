package clean

import (
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayBeTextCredit: mayBeTextCredit turns down no line textCredit
// matches, over the corpus's lines and made-up ones at its edges, and
// turns down a short line with none of the credit's marks.
func TestMayBeTextCredit(t *testing.T) {
	for _, c := range " viacourte" {
		if c != ' ' && unicode.SimpleFold(unicode.SimpleFold(c)) != c {
			t.Errorf("%q folds to a rune outside ASCII", c)
		}
	}
	lines := append(testkit.CorpusLines(t),
		"Photo courtesy of the harbour board", "(IMAGE VIA Lena Fors)", "Photo Courtesy: Lena Fors",
		"Photo credit : Lena Fors", "Bildquelle: Lena Fors", "Créditos de la imagen: Lena Fors",
		"Featured image via Unsplash", "Photo\tvia Lena", "Photo via\u00a0Lena",
	)
	for _, l := range lines {
		if textCredit.MatchString(l) && !mayBeTextCredit(l) {
			t.Errorf("mayBeTextCredit(%q) = false, but textCredit matches it", l)
		}
	}
	for s, want := range map[string]bool{
		"Photo courtesy of the harbour board": true,
		"Image VIA Lena Fors":                 true,
		"Photo credit: Lena Fors":             true,
		"Photos of the new ferry terminal":    false,
		"Pictures from the harbour festival":  false,
	} {
		if got := mayBeTextCredit(s); got != want {
			t.Errorf("mayBeTextCredit(%q) = %v, want %v", s, got, want)
		}
	}
}
