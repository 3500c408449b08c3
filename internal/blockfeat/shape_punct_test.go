package blockfeat

import (
	"testing"
	"unicode"
)

// classRuneTables is classRune by the Unicode tables alone, without the
// quick answer for the General Punctuation block.
func classRuneTables(r rune) uint8 {
	switch {
	case unicode.IsLetter(r):
		if unicode.IsUpper(r) {
			return shapeLetter | 1<<shapeUpperBit
		}
		return shapeLetter
	case unicode.IsDigit(r):
		return shapeDigit
	case unicode.IsSpace(r):
		return shapeSpace
	}
	return 0
}

// TestClassRunePunct holds classRune's quick answer for the General
// Punctuation block to the tables, and the runes around it.
func TestClassRunePunct(t *testing.T) {
	for r := rune(0x1FF0); r <= 0x2080; r++ {
		if got, want := classRune(r), classRuneTables(r); got != want {
			t.Errorf("classRune(%U) = %d, want %d", r, got, want)
		}
	}
}
