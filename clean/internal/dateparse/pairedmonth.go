package dateparse

import "strings"

// pairedMonth returns line with a month printed under two of its names
// joined by a slash, as Arabic pages of the Levant print it beside
// Egypt's name ("5 آذار/مارس 2025", "5 مارس/آذار 2025"), written as the
// first name alone; line itself where it holds no such pair. Only a slash
// with a letter beyond ASCII on both sides is looked at, so a numeric
// date's slashes cost one byte test each.
func pairedMonth(line string) string {
	for i := strings.IndexByte(line, '/'); i >= 0 && i+1 < len(line); {
		if i > 0 && line[i-1] >= 0x80 && line[i+1] >= 0x80 {
			// the words on either side, looked for within maxMonthBytes:
			// a month's name is no longer
			lo := max(0, i-maxMonthBytes)
			start := lo + strings.LastIndexByte(line[lo:i], ' ') + 1
			end := i + 1 + wordEnd(line[i+1:min(len(line), i+1+maxMonthBytes)])
			a, b := line[start:i], line[i+1:end]
			ma, okA := monthAny(a)
			mb, okB := monthAny(b)
			if okA && okB && ma == mb {
				return line[:i] + line[end:]
			}
		}
		next := strings.IndexByte(line[i+1:], '/')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return line
}

// maxMonthBytes bounds the bytes pairedMonth reads on either side of a
// slash: longer than any month's name.
const maxMonthBytes = 32

// wordEnd returns the length of the word that opens s: up to its first
// blank or comma.
func wordEnd(s string) int {
	if n := strings.IndexAny(s, " ,\u00a0"); n >= 0 {
		return n
	}
	return len(s)
}
