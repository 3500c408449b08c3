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

// unglueBy parts a byline's "By" from the digit a scraper glued it to
// ("27 September,2023By Jane Doe"): a space before each "By" that an ASCII
// digit stands before and white space (\s: tab, newline, form feed,
// carriage return, space) after, as the pattern (\d)(By\s) replaced by
// "$1 $2" (TestGluedGateEquiv holds it to that). Plain code: most pages
// hold a "By" and none of them glued, and a process that reads one page
// compiled the pattern for none of them.
func unglueBy(s string) string {
	i := gluedByAt(s, 0)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 4)
	last := 0
	for ; i >= 0; i = gluedByAt(s, i+len("By")) {
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last = i
	}
	b.WriteString(s[last:])
	return b.String()
}

// gluedByAt returns the index in s, from from on, of the first "By" that
// an ASCII digit stands before and \s follows; -1 when there is none.
// Matches cannot overlap: one ends with white space, the next opens with a
// digit.
func gluedByAt(s string, from int) int {
	for from < len(s) {
		k := strings.Index(s[from:], "By")
		if k < 0 {
			return -1
		}
		i := from + k
		if i > 0 && '0' <= s[i-1] && s[i-1] <= '9' && i+2 < len(s) && strings.IndexByte("\t\n\f\r ", s[i+2]) >= 0 {
			return i
		}
		from = i + 1
	}
	return -1
}
