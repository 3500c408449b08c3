package clean

import (
	"unicode"
	"unicode/utf8"
)

// asciiSpace marks the ASCII bytes unicode.IsSpace takes: tab, line feed,
// vertical tab, form feed, carriage return and space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceAt reports whether the rune that starts at s[i] is white space
// (unicode.IsSpace) and returns its size: a table lookup for an ASCII
// byte, which most are; spaceRuneAt decodes the others. Invalid UTF-8
// reads as one byte of no space, as strings.Fields reads it. The scans
// that cut a line into words as strings.Fields does use it. isSpace
// (segment.go) differs on purpose: it also counts the invisible
// characters the normaliser removes and the C0 controls, for the scans
// that read a line's edges as the output prints them.
//
// spaceAt is written so that the compiler inlines it into the scans'
// loops: its cost, 78 in Go 1.26, is under the budget of 80 (`go build
// -gcflags=-m ./clean` says "can inline spaceAt"); the named results and
// the second read of s[i] are for that.
func spaceAt(s string, i int) (sp bool, size int) {
	if s[i] < utf8.RuneSelf {
		return asciiSpace[s[i]], 1
	}
	sp, size = spaceRuneAt(s, i)
	return
}

// spaceRuneAt is spaceAt for a rune past ASCII.
func spaceRuneAt(s string, i int) (bool, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}
