package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The glued-word expressions (gluedTail, gluedShortMonth) are not
// anchored and open with a lower-case letter, so the regexp package tries
// them at every rune of a byline, on its slowest machine: about 90K
// instructions a name on AEB's text, 55M in all, for a form few names
// hold. Each match is a lower-case letter right before one of a few
// capitals (or "@"); a text without such a pair is left as it is, without
// running the expression (TestGluedGateEquiv).

// gluedTailNext are the bytes an alternative of gluedTail starts with:
// the months' names, full and short, "Updated", "Published", "Posted",
// "Staff", "Columnist", "Correspondent", "Contributor", "Writer",
// "Editor", "Reporter", "Follow", "In", "View", a reviewer's or an
// editor's credit ("Reviewed", "Edited", "Medically", "Clinically",
// "Expert", "Fact"), and "@".
var gluedTailNext = newByteSetOf("JFMASONDUPCWERIV@")

// gluedShortMonthNext are the first bytes of a month's short name.
var gluedShortMonthNext = newByteSetOf("JFMASOND")

// newByteSetOf returns the set of the bytes of s.
func newByteSetOf(s string) *byteSet {
	set := new(byteSet)
	for i := 0; i < len(s); i++ {
		set.add(s[i])
	}
	return set
}

// lowerBefore reports whether s holds a lower-case letter (\p{Ll}) right
// before one of the (ASCII) bytes of next.
func lowerBefore(s string, next *byteSet) bool {
	for i := 1; i < len(s); i++ {
		if !next.has(s[i]) {
			continue
		}
		if c := s[i-1]; c >= 'a' && c <= 'z' {
			return true
		} else if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.Is(unicode.Ll, r) {
				return true
			}
		}
	}
	return false
}

// unglueTail is gluedTail.ReplaceAllString(s, "$1"), which cuts a
// month, a role or a link's words glued to a name, run only where
// lowerBefore finds the pair a match opens with.
func unglueTail(s string) string {
	if !lowerBefore(s, gluedTailNext) {
		return s
	}
	return gluedTail.ReplaceAllString(s, "$1")
}

// unglueShortMonth is gluedShortMonth.ReplaceAllString(s, "$1 $2"), which
// parts a month's short name and day from the name they are glued to,
// run only where lowerBefore finds the pair a match opens with.
func unglueShortMonth(s string) string {
	if !lowerBefore(s, gluedShortMonthNext) {
		return s
	}
	return gluedShortMonth.ReplaceAllString(s, "$1 $2")
}

// unglueBy is gluedBy.ReplaceAllString(s, "$1 $2"), which parts a "By"
// from the digit it is glued to, run only on a text that holds "By".
func unglueBy(s string) string {
	if !strings.Contains(s, "By") {
		return s
	}
	return gluedBy.ReplaceAllString(s, "$1 $2")
}
