package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// personParts reads each metadata name that holds commas as the people it
// names: a person's name ([clean.PersonName]) first, and after its commas
// only degrees' letters, roles and other credits, none of them a
// person's, give the person's name alone ("Jane Roe, DVM, MPH", "Jane Roe,
// Master Gardener & Educator" give "Jane Roe"); three people's names or
// more, with their degrees or not, give each ("Jane Roe, John Poe, Ann
// Lee, MD"). Two names that read as people's are left whole: the second
// may be an outlet's ("Jane Roe, Valley Gazette"), which no shape tells
// from a co-author's; so is a name whose first part is no person's ("Roe,
// Jane" left in that order, "Acme, Inc.").
func personParts(names []string) []string {
	var out []string
	changed := false
	for _, n := range names {
		parts := strings.Split(n, ",")
		first := strings.TrimSpace(parts[0])
		if len(parts) < 2 || !person(first) {
			out = append(out, n)
			continue
		}
		people := []string{first}
		for _, p := range parts[1:] {
			if p = strings.TrimSpace(p); person(p) && !clean.Credential(p) {
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
// no role's ("Senior Editor": [clean.NotAuthorName]).
func person(s string) bool { return clean.PersonName(s) && !clean.NotAuthorName(s) }
