package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// datedTail reports whether rest, what a byline strip prints after its
// last name, is a date line alone with a year, perhaps after a separator
// ("3 Jun 2025", " · June 3, 2025"): the strip's date, as Ghost's
// cards print it after the author links, is no word of a name.
func datedTail(rest string) bool {
	rest = trimLeadSeps(rest)
	if rest == "" || len(rest) > maxDatedTailBytes {
		return false
	}
	st, _, ok := dateparse.DateLine(rest)
	return ok && st.Year != 0
}

// trimLeadSeps returns s without the spaces, commas, bars, hyphens,
// middle dots, bullets and dashes that open it, by byte comparisons (a
// strings.TrimLeft of the non-ASCII set decodes every rune).
func trimLeadSeps(s string) string {
	for s != "" {
		switch {
		case s[0] == ' ' || s[0] == ',' || s[0] == '|' || s[0] == '-':
			s = s[1:]
		case strings.HasPrefix(s, "·"):
			s = s[len("·"):]
		case strings.HasPrefix(s, "•"), strings.HasPrefix(s, "–"), strings.HasPrefix(s, "—"):
			s = s[len("•"):] // each three bytes
		default:
			return s
		}
	}
	return s
}

// maxDatedTailBytes bounds the date [datedTail] reads after the names.
const maxDatedTailBytes = 48
