package clean

import "strings"

// creditTailCut returns a byline's names without a last part that opens a
// contributor's credit to the paper rather than naming a second person:
// "Special" before "to" or "for" ("By Jane Doe, Special to the Ledger",
// [specialTo]) or a lone "For" before the paper's name ("By Jane Doe, For
// the Ledger"). rest is the byline's text after the names' match. The
// first name always stays.
func creditTailCut(names []string, rest string) []string {
	if len(names) < 2 {
		return names
	}
	last := strings.TrimSpace(names[len(names)-1])
	after := strings.TrimLeft(rest, " ")
	switch {
	case specialTo(last, rest), strings.EqualFold(last, "special") && hasFoldPrefix(after, "for "):
	case strings.EqualFold(last, "for") && after != "" && len(after) < len(rest) && startsUpperOrThe(after):
	default:
		return names
	}
	return names[:len(names)-1]
}

// startsUpperOrThe reports whether s opens with an ASCII capital or with
// "the " in any case: a paper's name after "For".
func startsUpperOrThe(s string) bool {
	return s[0] >= 'A' && s[0] <= 'Z' || hasFoldPrefix(s, "the ")
}
