package main

import (
	"strconv"
	"strings"
	"unicode"
)

// printable returns a record's name as an error line (or a header) can
// show it: as it is, or Go-quoted when it holds a control character. A
// JSONL id or a file name with a newline would otherwise split the line
// that names it, and one with an escape sequence would drive the
// terminal.
func printable(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	return strconv.Quote(s)
}
