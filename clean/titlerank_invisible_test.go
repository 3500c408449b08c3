package clean

import (
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// TestTitleInvisiblesAreUchars: withoutInvisibles drops from a title
// every rune uchar.IsInvisible accepts (what the normaliser removes from
// the lines of text) and no other, so that the two sets stay in step; and
// titleInvisibles holds only such runes, one each.
func TestTitleInvisiblesAreUchars(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		in := "a" + string(r) + "b"
		if dropped, want := withoutInvisibles(in) == "ab", uchar.IsInvisible(r); dropped != want {
			t.Errorf("withoutInvisibles(%q) = %q: dropped %v, uchar.IsInvisible %v", in, withoutInvisibles(in), dropped, want)
		}
	}
	for _, c := range titleInvisibles {
		r, n := utf8.DecodeRuneInString(c)
		if n != len(c) || !uchar.IsInvisible(r) || r < utf8.RuneSelf {
			t.Errorf("titleInvisibles holds %q: want one rune past ASCII uchar.IsInvisible accepts", c)
		}
	}
	for in, want := range map[string]string{
		"Harbour\x01 wall":            "Harbour wall",
		"Harbour \u180e wall":         "Harbour wall",
		"Harbour\tpier\x1b\u00adwall": "Harbour\tpierwall",
	} {
		if got := withoutInvisibles(in); got != want {
			t.Errorf("withoutInvisibles(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHoldsInvisible: holdsInvisible finds an invisible or a C0 control
// at a title's start, middle and end, and none in a title whose bytes
// open an invisible's sequence without finishing it (a curly quote, a
// dash, a cut or stray lead byte) or that holds a joiner that stays.
func TestHoldsInvisible(t *testing.T) {
	for s, want := range map[string]bool{
		"\ufeffHarbour wall":             true,
		"Harbour\u00adwall":              true,
		"Harbour wall\u2060":             true,
		"Pier\u180e":                     true,
		"Pier\x1blights":                 true,
		"“Harbour wall” — pier lights":   false,
		"Harbour wall \xe2\x80":          false,
		"Harbour \xc2 wall \xef\xbb":     false,
		"Pier\u200dlights \u00a0 Marina": false,
		"":                               false,
	} {
		if got := holdsInvisible(s); got != want {
			t.Errorf("holdsInvisible(%q) = %v, want %v", s, got, want)
		}
	}
}
