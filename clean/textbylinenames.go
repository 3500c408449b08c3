package clean

import (
	"slices"
	"strings"
)

// credentialedName returns the name a head line gives with a degree's or a
// certificate's letters after it, glued or after commas ("Jane Q. Doe
// CPP, PSP"), as a byline's names keep them (the
// letters after a comma left out: [splitNames]); "" for any other line,
// or for one whose first part has no letters to take off (a name alone
// is [nameWithRole]'s).
func credentialedName(s string) string {
	parts := strings.Split(strings.TrimSpace(s), ",")
	for _, p := range parts[1:] {
		if !credential(strings.TrimSpace(p)) {
			return ""
		}
	}
	first := strings.TrimSpace(parts[0])
	words := strings.Fields(first)
	k := len(words)
	for k > 1 && credential(words[k-1]) {
		k--
	}
	if k == len(words) && len(parts) == 1 || k == len(words) && personShaped(first) {
		return "" // nothing to take off, or a name and a role: not this form
	}
	if !personShaped(strings.Join(words[:k], " ")) {
		return ""
	}
	return first
}

// nameList returns the names a line by the date line lists and nothing
// else ("Jane Doe, John Roe & Ann Poe", "Mario Rossi e Anna Bianchi": the
// article's authors, parted as [worldNames] parts them; a line with
// semicolons as [semicolonNames] parts it), each of a person's shape and
// no job's title ("Senior Editor"), or nil; at least two, and no digits
// (a date or a count makes it another line).
func nameList(s string) []string {
	if digitByteIn(s) || !strings.ContainsAny(s, ",&") && !hasWorldAnd(s) {
		return nil
	}
	if strings.IndexByte(s, ';') >= 0 {
		return semicolonNames(s) // "Jane Roe, MD; John Poe, PhD": the commas part credentials
	}
	names := worldNames(strings.TrimSpace(s))
	if len(names) < 2 {
		return nil
	}
	for _, n := range names {
		if !personShaped(n) || roleLine(n) {
			return nil
		}
	}
	return names
}

// jobTitle reports whether a part of a byline after a name is a job's
// title: a [roleLine] whose last word is a trade's ("Senior Analyst",
// "Staff Writer"), not one that is also a surname ("Ann Head", "Jo
// Lead").
func jobTitle(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) == 0 || !roleLine(s) {
		return false
	}
	switch last := w[len(w)-1]; last {
	case "head", "lead", "chief", "staff":
		return false
	default:
		return roleWords[last]
	}
}

// semicolonNames returns the names a line lists parted by semicolons,
// each with its degrees' or certificates' letters after commas or none
// ("Jane Roe, MD; John Poe, PhD, RN"), a field in brackets after a
// certificate ("VTS (Behavior)"), and two maybe joined by "&" or "and"
// ("Ann Poe, DVM & Tom Lee, DVM"), as [credentialParts] parts them: a
// medical or a scholarly page's authors, where the commas cannot part the
// names. It returns nil unless the line has a semicolon and no digit, and
// every part reads so: at least two names, each of a person's shape and
// no job's title ("Jane Roe; Senior Editor" is no list).
func semicolonNames(s string) []string {
	if strings.IndexByte(s, ';') < 0 || digitByteIn(s) {
		return nil
	}
	names, _ := credentialParts(strings.TrimSpace(s))
	if len(names) < 2 || slices.ContainsFunc(names, roleLine) {
		return nil
	}
	return names
}
