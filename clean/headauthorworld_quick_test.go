package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWorldByQuick checks that the quick test of worldBy passes no label
// over: every label of worldLabels, printed in lower, upper and title
// case before a name, still reads as a byline; and a line whose first
// letter opens no label is left as it is.
func TestWorldByQuick(t *testing.T) {
	for _, l := range worldLabels {
		for _, printed := range printedCases(l) {
			line := printed + " Ana Lima"
			if got, ok := worldBy(line); !ok || got != "By Ana Lima" {
				t.Errorf("worldBy(%q) = %q, %v; want \"By Ana Lima\"", line, got, ok)
			}
		}
	}
	for l := range labelWords {
		r, _ := utf8.DecodeRuneInString(l)
		if !labelOpeners()[r] || !labelOpeners()[unicode.ToUpper(r)] {
			t.Errorf("labelOpeners lacks the first letter of %q in some case", l)
		}
	}
	for _, line := range []string{"Mayor opens the new bridge", "Zoning board meets", "  "} {
		if got, ok := worldBy(line); ok || got != strings.TrimSpace(line) {
			t.Errorf("worldBy(%q) = %q, %v; want it as it is", line, got, ok)
		}
	}
}

// TestFoldRune checks foldRune against strings.EqualFold on pairs of
// runes of many scripts (the Kelvin sign, the long s, the dotted and
// dotless i, Greek final sigma among them), and that every label fits in
// the runes worldBy folds.
func TestFoldRune(t *testing.T) {
	var runes []rune
	for _, span := range [][2]rune{{0x20, 0x7e}, {0xc0, 0x24f}, {0x370, 0x3ff}, {0x400, 0x4ff}, {0x531, 0x587}, {0x10a0, 0x10ff}, {0x1e00, 0x1eff}, {0x2126, 0x212b}} {
		for r := span[0]; r <= span[1]; r++ {
			runes = append(runes, r)
		}
	}
	for _, a := range runes {
		for _, b := range runes {
			if got, want := foldRune(a) == foldRune(b), strings.EqualFold(string(a), string(b)); got != want {
				t.Fatalf("%q and %q: folded alike %v, EqualFold %v", a, b, got, want)
			}
		}
	}
	for _, l := range worldLabels {
		if n := utf8.RuneCountInString(l); n > maxLabelRunes {
			t.Errorf("label %q has %d runes, more than maxLabelRunes", l, n)
		}
	}
}
