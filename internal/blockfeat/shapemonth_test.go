package blockfeat

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// isMonthByList is isMonth comparing w with every month in turn, as it was
// written before monthIndex.
func isMonthByList(w string) bool {
	for _, m := range months {
		if len(m) == len(w) && equalFoldASCII(w, m) {
			return true
		}
	}
	return false
}

// TestIsMonthIndex checks isMonth's index by length and first letter
// against comparing with every month: each month in three cases, with a
// letter changed, cut short or run on, and random words of letters and
// the bytes next to them.
func TestIsMonthIndex(t *testing.T) {
	var words []string
	for _, m := range months {
		words = append(words, m, strings.ToUpper(m), strings.ToUpper(m[:1])+m[1:], m[:len(m)-1], m+"s", "x"+m[1:], m[:1]+"q"+m[2:])
	}
	words = append(words, "@pr", "[an", "`ug", "{ec", "Mäy", "Sept", "SEP", "mAy")
	pieces := []string{"a", "j", "J", "m", "M", "s", "e", "p", "t", "u", "n", "y", "r", "c", "o", "v", "@", "`", "["}
	words = append(words, testkit.RandomTexts(2, 3, 20000, 10, pieces)...)
	found := 0
	for _, w := range words {
		if w == "" {
			continue
		}
		got, want := isMonth(w), isMonthByList(w)
		if got != want {
			t.Fatalf("isMonth(%q) = %v, comparing every month %v", w, got, want)
		}
		if got {
			found++
		}
	}
	if found < 3*len(months) {
		t.Errorf("only %d months found", found)
	}
}
