package clean

import "strings"

// numberedEntry reports whether line s opens as an entry of a numbered
// list or a step of a guide: a count of one to three digits followed by a
// full stop or a closing bracket and a space ("1. The Best Microphone",
// "2) Pick a name"), or "Step" and a count followed by a colon or a full
// stop ("Step 1: Name your company"). Such a line heads a part of the
// story, under its headline: the headline model scores a listicle's first
// entry as high as a headline (short, title-cased, prose under it, a
// quarter of the story below), and titleByScore passes it over.
func numberedEntry(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 5 && strings.EqualFold(s[:5], "step ") {
		s = s[5:]
		n := digitsAt(s)
		return n > 0 && n < len(s) && (s[n] == ':' || s[n] == '.')
	}
	n := digitsAt(s)
	return n > 0 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && s[n+1] == ' '
}

// digitsAt returns how many ASCII digits open s, up to four (a count of
// more is no entry's: a year, an id); 0 past three.
func digitsAt(s string) int {
	n := 0
	for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 3 {
		return 0
	}
	return n
}
