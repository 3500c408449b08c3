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
		r, n := utf8.DecodeRuneInString(l)
		for _, printed := range []string{l, strings.ToUpper(l), string(unicode.ToTitle(r)) + l[n:]} {
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
