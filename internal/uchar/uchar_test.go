package uchar

import (
	"testing"
	"unicode"

	_ "github.com/newsclean/newsclean/internal/testkit"
)

// TestIsInheritedMark: the quick comparisons agree with the tables on
// every code point.
func TestIsInheritedMark(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.Is(unicode.Inherited, r) && unicode.Is(unicode.M, r) && !unicode.Is(unicode.Variation_Selector, r)
		if got := IsInheritedMark(r); got != want {
			t.Fatalf("IsInheritedMark(%U) = %v, want %v", r, got, want)
		}
	}
}
