package clean

import "strings"

// roleTailCut returns a byline's names cut before what follows the first
// job's title ([jobTitle]) that comes after a name and a comma: the role's
// department or employer, no second person ("Jane Doe, Senior Director,
// Content & Marketing, Acme Institute" gives "Jane Doe, Senior Director").
// A part that "and" or "&" opens after the role is a second writer and
// keeps the names whole ("Jane Doe, Staff Writer, and John Roe"). One
// pass over the commas.
func roleTailCut(s string) string {
	start, parts := 0, 0
	for {
		k := strings.IndexByte(s[start:], ',')
		if k < 0 {
			return s
		}
		part := s[start : start+k]
		next := strings.TrimLeft(s[start+k+1:], " ")
		if parts > 0 && jobTitle(strings.TrimSpace(part)) && !strings.HasPrefix(next, "and ") && !strings.HasPrefix(next, "& ") {
			return s[:start+k]
		}
		parts++
		start += k + 1
	}
}
