package extract

import (
	"strings"
)

// personParts reads each metadata name that holds commas as the people it
// names: a person's name ([cleanPersonName]) first, and after its commas
// only degrees' letters, roles and other credits, none of them a
// person's, give the person's name alone ("Jane Roe, DVM, MPH", "Jane Roe,
// Master Gardener & Educator" give "Jane Roe"); three people's names or
// more, with their degrees or not, give each ("Jane Roe, John Poe, Ann
// Lee, MD"). Two names that read as people's are left whole: the second
// may be an outlet's ("Jane Roe, Valley Gazette"), which no shape tells
// from a co-author's; so is a name whose first part is no person's ("Roe,
// Jane" left in that order, "Acme, Inc."). Two people joined by "and" or
// "&" and no comma give each ([andPair]: "By Jane Roe and John Poe" in a
// byl tag).
func personParts(names []string) []string {
	var out []string
	changed := false
	for _, n := range names {
		if pair := andPair(n); pair != nil {
			changed = true
			out = append(out, pair...)
			continue
		}
		parts := strings.Split(n, ",")
		first := strings.TrimSpace(parts[0])
		if len(parts) < 2 || !person(first) {
			out = append(out, n)
			continue
		}
		people := []string{first}
		for _, p := range parts[1:] {
			if p = strings.TrimSpace(p); person(p) && !cleanCredential(p) {
				people = append(people, p)
			}
		}
		if len(people) == 2 {
			out = append(out, n)
			continue
		}
		changed = true
		out = append(out, people...)
	}
	if !changed {
		return names
	}
	return out
}

// person reports whether a part of a metadata name is a person's name and
// no role's ("Senior Editor": [cleanNotAuthorName]).
func person(s string) bool { return cleanPersonName(s) && !cleanNotAuthorName(s) }

// andPair returns the two people a metadata name joins by " and " or
// " & " with no comma ("Jane Roe and John Poe"), each a person's name
// ([person]); nil for any other name ("Johnson & Johnson", "Smith and
// Wesson": one word each side).
func andPair(n string) []string {
	if strings.Contains(n, ",") {
		return nil
	}
	for _, sep := range []string{" and ", " & "} {
		a, b, ok := strings.Cut(n, sep)
		if a, b = strings.TrimSpace(a), strings.TrimSpace(b); ok && person(a) && person(b) {
			return []string{a, b}
		}
	}
	return nil
}
