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
	if !hasBidiMark(s) {
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

// hasBidiMark reports whether s holds one of [bidiMarks], by their UTF-8
// bytes: U+061C is D8 9C; U+200E, U+200F and U+202A to U+202E are E2 80
// and 8E, 8F, AA to AE; U+2066 to U+2069 are E2 81 and A6 to A9. A page's
// curly quotes and dashes (E2 80 98 to 9D, 93, 94) are passed over
// without a rune decoded.
func hasBidiMark(s string) bool {
	if strings.Contains(s, "\u061c") {
		return true
	}
	for i := strings.IndexByte(s, 0xe2); i >= 0 && i+2 < len(s); {
		b1, b2 := s[i+1], s[i+2]
		if b1 == 0x80 && (b2 == 0x8e || b2 == 0x8f || 0xaa <= b2 && b2 <= 0xae) || b1 == 0x81 && 0xa6 <= b2 && b2 <= 0xa9 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xe2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
