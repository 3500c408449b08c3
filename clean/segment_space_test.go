package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsSpaceASCII checks isSpace's quick answer for ASCII runes against
// its definition: white space or an invisible character.
func TestIsSpaceASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r) || isInvisible(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestFirstField checks firstField against strings.Fields on lines with
// ASCII and other white space, invalid UTF-8 and no word at all.
func TestFirstField(t *testing.T) {
	for _, s := range []string{"", " ", "\u00a0\u3000", "word", "  two words", "\tä\u2003b", "\xffx y", "x\u0085y", " \x00 z"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[0]
		}
		if got := firstField(s); got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLastSpace checks lastSpace against strings.LastIndexFunc with
// unicode.IsSpace, on odd spaces, a space rune with a stray continuation
// byte after it, and other invalid UTF-8.
func TestLastSpace(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "a\u00a0b", "a\u2028\x80", "\u3000x", "\xe2\x80", "x\xe2\x80\xa8", "\x80\x80 \xff", "a\u0085b\xc2", "a b\u2003c"} {
		want := strings.LastIndexFunc(s, unicode.IsSpace)
		got, size := lastSpace(s)
		if got != want {
			t.Errorf("lastSpace(%q) = %d, want %d", s, got, want)
			continue
		}
		if _, wsize := utf8.DecodeRuneInString(s[max(want, 0):]); want >= 0 && size != wsize {
			t.Errorf("lastSpace(%q) gives size %d, want %d", s, size, wsize)
		}
	}
}

// TestFoldByteDiffers checks foldByteDiffers against strings.EqualFold on
// every pair of a byte opening a one-rune string and an ASCII letter or
// mark, the Kelvin sign and the long s (which fold to "k" and "s")
// included.
func TestFoldByteDiffers(t *testing.T) {
	var runes []string
	for c := 0; c < utf8.RuneSelf; c++ {
		runes = append(runes, string(rune(c)))
	}
	runes = append(runes, "\u212a", "\u017f", "é", "\u0131", "\u0130")
	for _, a := range runes {
		for c := 0; c < utf8.RuneSelf; c++ {
			b := string(rune(c))
			if foldByteDiffers(a[0], b[0]) && strings.EqualFold(a, b) {
				t.Errorf("foldByteDiffers(%q, %q) is true, but they fold alike", a, b)
			}
		}
	}
}
