package normalize

import (
	"testing"
	"unicode/utf8"
)

// TestPunctStart checks the shortcut of startAt: every rune punctStart
// takes is no word rune (so no name starts at it), and it takes the whole
// of U+2000 to U+203F and nothing after (U+2071, a letter, is E2 81 B1).
func TestPunctStart(t *testing.T) {
	for r := rune(0x1FFF); r <= 0x2080; r++ {
		b := utf8.AppendRune(nil, r)
		got := punctStart(b)
		if want := r >= 0x2000 && r <= 0x203F; got != want {
			t.Errorf("punctStart(%U) = %v, want %v", r, got, want)
		}
		if got && isWordRune(r) {
			t.Errorf("punctStart takes %U, a word rune", r)
		}
	}
}
