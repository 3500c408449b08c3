package normalize

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestCasePatternASCII holds the ASCII path of applyCase to the rune loop
// over every string of up to four bytes of an alphabet with both cases,
// separators and digits, and over random names.
func TestCasePatternASCII(t *testing.T) {
	alphabet := "aZ '-1.`@[{"
	var texts []string
	var grow func(prefix string)
	grow = func(prefix string) {
		texts = append(texts, prefix)
		if len(prefix) < 4 {
			for i := range len(alphabet) {
				grow(prefix + alphabet[i:i+1])
			}
		}
	}
	grow("")
	pieces := []string{"Garabagh", "GARABAGH", "garabagh", "Nagorno", "-", " ", "of", "OF", "Republic", "the", "The", "de", "al", "and", "x", "X", "1", "'s"}
	texts = append(texts, testkit.RandomTexts(41, 1, 20000, 5, pieces)...)
	for _, s := range texts {
		u1, l1, w1, c1 := casePatternASCII(s)
		u2, l2, w2, c2 := casePattern(s)
		if u1 != u2 || l1 != l2 || w1 != w2 || c1 != c2 {
			t.Fatalf("casePatternASCII(%q) = %d %d %d %d, casePattern %d %d %d %d", s, u1, l1, w1, c1, u2, l2, w2, c2)
		}
		if got, want := isCapitalisedASCII(s), isCapitalisedRunes(s); got != want {
			t.Fatalf("isCapitalisedASCII(%q) = %v, the rune loop %v", s, got, want)
		}
	}
}
