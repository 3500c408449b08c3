package main

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// printable returns a record's name as an error line (or a header) can
// show it: as it is, or Go-quoted when it holds a character a terminal
// does not simply print (strconv.IsPrint) or bytes that are not UTF-8. A
// JSONL id or a file name with a newline would otherwise split the line
// that names it, one with an escape sequence would drive the terminal, and
// one with a bidirectional override (U+202E) would show its characters in
// another order than they are (invoice\u202Etxt.exe).
func printable(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, notPrinted) {
		return s
	}
	return strconv.Quote(s)
}

// notPrinted reports whether r is not shown as itself: a control or
// format character (bidi overrides, zero-width characters), a space other
// than U+0020, a line or paragraph separator.
func notPrinted(r rune) bool { return !strconv.IsPrint(r) }
