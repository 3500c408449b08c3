package clean

import "unicode/utf8"

// headBytes returns s cut to at most n bytes at a rune's start: the head of
// a long line that a pattern reads, without a rune cut in two.
func headBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
