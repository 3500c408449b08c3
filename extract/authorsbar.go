package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// barPeople reads a metadata name whose bars part two people or more
// ("Ann Lee | Bo Kim", "Ann Lee | Bo Kim | Harbour Times") as each person:
// the bar parts co-authors where the part after it has a person's shape
// ([listedPerson]), no organisation's words ([cleanNotPersonWords]: "Acme
// Media", "Valley Gazette"), no team's or wire's credit, and is not the
// site's own name (its metadata name, the outlet's, or the word its host
// spells: [ownSiteName]). The people are read from the first part on and
// stop at the first part that is none; a name with fewer than two people
// before such a part is left whole, for [creditCut] to cut to the person
// before the bar ("Jane Doe | Acme Media for Acme.com"). A place a
// dateline prints ("Ann Lee | Hong Kong": the reporter's bureau) is no
// person. An outlet's name without an organisation's word ("Le Monde",
// "Rolling Stone") has a person's shape, so where the bar parts only two
// such names the second counts only when another source names it too:
// another of names (the JSON-LD author beside the meta tag's) or printed,
// the byline near the title; three such parts or more are people.
func barPeople(names, printed []string, site string, o *clean.Outlet, host string) []string {
	var out []string
	var elsewhere map[string]bool
	changed := false
	for _, n := range names {
		if !strings.Contains(n, " | ") {
			out = append(out, n)
			continue
		}
		var people []string
		for p := range strings.SplitSeq(n, " | ") {
			p = strings.TrimSpace(p)
			if !listedPerson(p) || cleanNotPersonWords(p) || cleanTeamByline(p) || cleanWireAlone(p) || cleanKnownPlace(p) || ownSiteName(p, site, o, host) {
				break
			}
			people = append(people, p)
		}
		if len(people) == 2 {
			if elsewhere == nil {
				elsewhere = namedSet(names, printed)
			}
			if !elsewhere[cleanSquash(people[1])] {
				people = people[:1]
			}
		}
		if len(people) < 2 {
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

// namedSet holds the folded ([cleanSquash]) names of the lists, each
// whole (a name with bars is no one part of it).
func namedSet(lists ...[]string) map[string]bool {
	set := map[string]bool{}
	for _, l := range lists {
		for _, n := range l {
			set[cleanSquash(n)] = true
		}
	}
	return set
}

// ownSiteName reports whether a name is the site's own: its metadata's
// name or the outlet's, folded ([cleanSquash]), or the word the host's
// main label spells, in whole or in part ("Harbour Tides" on
// harbourtides.example, "Harbour Tides Weekly" there too).
func ownSiteName(n, site string, o *clean.Outlet, host string) bool {
	k := cleanSquash(n)
	if k == "" || k == cleanSquash(site) || o != nil && k == cleanSquash(o.Name) {
		return true
	}
	label := cleanOwnerLabel(host)
	return len(label) >= 4 && (strings.Contains(k, label) || strings.Contains(label, k))
}
