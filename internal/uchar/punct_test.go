package uchar

import (
	"testing"
	"unicode"
)

// TestGeneralPunctNoWords checks IsGeneralPunct's promise: no rune it
// reports is a letter or a digit, and it reports the whole block.
func TestGeneralPunctNoWords(t *testing.T) {
	for r := rune(0x1F00); r <= 0x2100; r++ {
		in := 0x2000 <= r && r <= 0x206F
		if IsGeneralPunct(r) != in {
			t.Errorf("IsGeneralPunct(%U) = %v", r, !in)
		}
		if in && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			t.Errorf("%U is a letter or digit in the General Punctuation block", r)
		}
	}
}
