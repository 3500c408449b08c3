package clean

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSpaceAt holds spaceAt to unicode.IsSpace on every rune up to U+FFFF
// and a few past it, each followed by a letter, and to strings.Fields'
// reading of invalid UTF-8: a stray or cut-short byte is one byte of no
// space.
func TestSpaceAt(t *testing.T) {
	check := func(r rune) {
		s := string(r) + "x"
		if r == utf8.RuneError {
			return // the encoding of U+FFFD, not an invalid byte: checked below
		}
		sp, size := spaceAt(s, 0)
		if want := unicode.IsSpace(r); sp != want || size != utf8.RuneLen(r) {
			t.Errorf("spaceAt(%q, 0) = %v, %d; want %v, %d", s, sp, size, want, utf8.RuneLen(r))
		}
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		check(r)
	}
	for _, r := range []rune{0x1F600, 0x10FFFF} {
		check(r)
	}
	for _, s := range []string{"\x80", "\xbf ", "\xff", "\xe2\x80", "\xe2\x80 ", "\xc2", "\xc2\x20", "\xed\xa0\x80"} {
		if sp, size := spaceAt(s, 0); sp || size != 1 {
			t.Errorf("spaceAt(%q, 0) = %v, %d; want false, 1", s, sp, size)
		}
	}
	// a space rune found where it starts, mid-line
	if sp, size := spaceAt("a\u3000b", 1); !sp || size != 3 {
		t.Errorf("spaceAt(\"a\\u3000b\", 1) = %v, %d; want true, 3", sp, size)
	}
}

// TestSpaceAtNotIsSpace: spaceAt keeps to unicode.IsSpace where isSpace
// (segment.go) also takes the invisible characters the normaliser
// removes; the two differ on purpose, and on these.
func TestSpaceAtNotIsSpace(t *testing.T) {
	for _, r := range []rune{'\u200b', '\ufeff', '\u2060', '\u00ad'} {
		s := string(r)
		if sp, _ := spaceAt(s, 0); sp || !isSpace(r) {
			t.Errorf("%U: spaceAt says %v, isSpace %v; want false and true", r, sp, isSpace(r))
		}
	}
}
