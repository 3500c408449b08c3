package dateparse

import (
	"strings"
	"unicode/utf8"
)

// Pages in Hebrew, Arabic and Persian may print the marks that set the
// direction of text around a dateline's parts ("‏ירושלים, 4 בדצמבר
// (‏וואלה!‏) - "): invisible, they are read as if absent, the dateline's
// text and length mapped back to the paragraph's.

// isBidiMark reports whether r is a mark of direction: the left-to-right
// and right-to-left marks, the Arabic letter mark, and the embeddings,
// overrides and isolates with the marks that close them.
func isBidiMark(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// hasBidiMark reports whether s holds one of those marks: the cheap test,
// on the bytes that open them (0xE2 0x80 or 0xE2 0x81, and 0xD8 0x9C).
func hasBidiMark(s string) bool {
	for i := strings.IndexByte(s, 0xE2); i >= 0; {
		if r, _ := utf8.DecodeRuneInString(s[i:]); isBidiMark(r) {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xE2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return strings.Contains(s, "\u061c")
}

// dropBidiMarks returns s without those marks.
func dropBidiMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !isBidiMark(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bidiOffset maps a byte offset into dropBidiMarks(s) back to the offset
// of the same place in s (past the marks that precede it).
func bidiOffset(s string, pos int) int {
	n := 0
	for i, r := range s {
		if isBidiMark(r) {
			continue
		}
		if n >= pos {
			return i
		}
		n += utf8.RuneLen(r)
	}
	return len(s)
}
