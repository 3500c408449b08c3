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
