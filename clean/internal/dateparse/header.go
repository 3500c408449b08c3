package dateparse

import (
	"strings"
	"time"
)

// ScraperHeader recognises the scraper's header at the very start of a
// text: one space, "date", one space, "YYYY-MM-DD" or "YYYY-MM", then one
// space (a newline or the end of the text also ends it). n is the number
// of bytes to cut: the header and the one character that follows it, so
// text[n:] is the page text. An impossible date is not a header.
func ScraperHeader(text string) (st Stamp, n int, ok bool) {
	const prefix = " date "
	if !strings.HasPrefix(text, prefix) {
		return Stamp{}, 0, false
	}
	s := text[len(prefix):]
	y, ok1 := digitsAt(s, 0, 4)
	if !ok1 || len(s) < 7 || s[4] != '-' {
		return Stamp{}, 0, false
	}
	m, ok2 := digitsAt(s, 5, 2)
	if !ok2 {
		return Stamp{}, 0, false
	}
	st = Stamp{Year: y, Month: time.Month(m)}
	end := 7
	if len(s) >= 10 && s[7] == '-' {
		d, ok3 := digitsAt(s, 8, 2)
		if !ok3 {
			return Stamp{}, 0, false
		}
		st.Day, end = d, 10
	}
	switch {
	case end == len(s):
		n = len(prefix) + end
	case s[end] == ' ' || s[end] == '\n':
		n = len(prefix) + end + 1
	default:
		return Stamp{}, 0, false
	}
	if !yearOK(st.Year) || !st.Valid() {
		return Stamp{}, 0, false
	}
	return st, n, true
}

// digitsAt reads exactly width ASCII digits at s[i:].
func digitsAt(s string, i, width int) (int, bool) {
	if i+width > len(s) {
		return 0, false
	}
	v := 0
	for k := i; k < i+width; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
