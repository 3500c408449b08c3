package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Magazines credit the writer with a label and a colon ("Words: Jane
// Doe", "Text: Jane Doe | Photos: John Roe", "Writer: Jane Doe"), labels
// that also open lines of other kinds ("Text: Article Five of the
// Treaty", "Writer: Unknown"). [bylineHead] reads them; colonByline keeps
// what it read only where it has a byline's shape.

// colonLabels are the labels bylineHead reads only with a colon after
// them, in lower case.
var colonLabels = [...]string{"words", "text", "writer", "byline"}

// colonByline reports whether a match of bylineHead in s, whose names run
// from s[at] to s[end], is a byline: always where its label (s[:at]) is
// none of colonLabels; else where every name reads as a person's
// ([isPersonName]) and nothing but a separator, a bracket or a date
// follows them (the line ends, or the next part opens with no letter:
// "Text: Jane Doe | Photos: John Roe", "Words: Jane Doe, 4 May 2025").
func colonByline(s string, at, end int, names []string) bool {
	label := strings.ToLower(strings.TrimRight(strings.TrimSpace(s[:at]), ": "))
	colon := false
	for _, l := range colonLabels {
		if label == l {
			colon = true
		}
	}
	if !colon {
		return true
	}
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		if !isPersonName(n) {
			return false
		}
	}
	rest := strings.TrimLeft(s[end:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r)
}
