package clean

import "strings"

// Pages in right-to-left scripts often wrap a title's parts in the
// invisible marks that steer the direction of the text around them
// ("\u200fHeadline\u200f - Site", "Headline \u200e| Site"). They print
// nothing, but a separator they stand against is no longer " | " or " - ",
// so the site's name stays on the title; they come off every title
// candidate.

// bidiMarks are the directional formatting characters: the left-to-right,
// right-to-left and Arabic letter marks, the embeddings and overrides and
// their pop, and the isolates and theirs.
const bidiMarks = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

// withoutBidiMarks returns s without [bidiMarks], and with the spaces
// they stood between collapsed into one; s itself when it holds none.
func withoutBidiMarks(s string) string {
	if !strings.ContainsAny(s, bidiMarks) {
		return s
	}
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(bidiMarks, r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
