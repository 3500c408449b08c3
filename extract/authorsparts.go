package extract

import (
	"slices"
	"strings"
)

// personParts reads each metadata name that holds commas as the people it
// names: a person's name ([cleanPersonName]) first, and after its commas
// only degrees' letters, roles and other credits, none of them a
// person's, give the person's name alone ("Jane Roe, DVM, MPH", "Jane Roe,
// Master Gardener & Educator", "Jane Roe, Transport Correspondent": a
// job's title, cleanJobTitle, though its words are capitalised as a
// name's, give "Jane Roe"); three people's names or
// more, with their degrees or not, give each ("Jane Roe, John Poe, Ann
// Lee, MD"). Two names that read as people's are left whole: the second
// may be an outlet's ("Jane Roe, Valley Gazette"), which no shape tells
// from a co-author's; so is a name whose first part is no person's ("Roe,
// Jane" left in that order, "Acme, Inc."). Two people joined by "and" or
// "&" and no comma give each ([andPair]: "By Jane Roe and John Poe" in a
// byl tag); a list's last "and" or "&" counts as a comma ([commaParts]:
// "Jane Roe, John Poe and Ann Lee", "Jane Roe, John Poe, and Ann Lee"), and
// names parted by semicolons give each person ([semicolonList]: "Jane
// Roe; John Poe").
func personParts(names []string) []string {
	var out []string
	changed := false
	for _, n := range names {
		if pair := andPair(n); pair != nil {
			changed = true
			out = append(out, pair...)
			continue
		}
		if list := semicolonList(n); list != nil {
			changed = true
			out = append(out, list...)
			continue
		}
		parts := commaParts(n)
		first := parts[0]
		if len(parts) < 2 || !person(first) {
			out = append(out, n)
			continue
		}
		people := []string{first}
		for _, p := range parts[1:] {
			if person(p) && !cleanCredential(p) && !cleanJobTitle(p) {
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

// commaParts splits a metadata name at its commas, each part trimmed; a
// list's last "and" or "&" after a comma ("Jane Roe, John Poe, and Ann
// Lee"), or "and" between two people's names after one ("Jane Roe, John
// Poe and Ann Lee"), parts them as a comma does. An "&" without its comma
// parts two people's names after people's names alone ("Jane Roe, John
// Poe & Ann Lee", [ampersandPair]; after one name only when neither half
// ends as a doer's noun, [agentNounEnd]), which else would read as one name;
// it stays where a half is a role's ("Jane Roe, John Poe, Master
// Gardener & Garden Educator", [roleHalf]) or an earlier part is no
// person's ("Jane Roe, DVM, Editor & Publisher").
func commaParts(n string) []string {
	var out []string
	allListed := true // every part in out is a person's name ([listedPerson])
	for _, p := range strings.Split(n, ",") {
		p = strings.TrimSpace(p)
		if len(out) > 0 {
			for _, w := range [...]string{"and ", "& "} {
				if rest, ok := strings.CutPrefix(p, w); ok {
					p = strings.TrimSpace(rest)
				}
			}
			if a, b, ok := strings.Cut(p, " and "); ok && person(strings.TrimSpace(a)) && person(strings.TrimSpace(b)) {
				a, b = strings.TrimSpace(a), strings.TrimSpace(b)
				out = append(out, a, b)
				allListed = allListed && listedPerson(a) && listedPerson(b)
				continue
			}
			if a, b, ok := ampersandPair(p); ok && allListed && (len(out) >= 2 || !agentNounEnd(a) && !agentNounEnd(b)) {
				out = append(out, a, b) // "Jane Roe, John Poe & Ann Lee": a list of people's last "&"
				continue
			}
		}
		out = append(out, p)
		allListed = allListed && listedPerson(p)
	}
	return out
}

// agentNounEnd reports whether the last word of a half that "&" joins
// after a single name ends as a doer's noun does in English ("Food
// Stylist", "Recipe Tester", "Cookbook Author"), which a role roleHalf
// does not list may be: after one name such halves stay joined, since
// "Ana Lind, Food Stylist & Recipe Tester" credits one person. Surnames
// ending so ("Tom Baker") stay joined there too; after two people's
// names the "&" parts them whatever their ends.
func agentNounEnd(s string) bool {
	last := strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
	for _, end := range [...]string{"er", "or", "ist"} {
		if strings.HasSuffix(last, end) {
			return true
		}
	}
	return false
}

// semicolonList returns the people a metadata name parts by semicolons
// ("Jane Roe; John Poe", "Jane Roe, MD; John Poe, PhD"), each part read as
// personParts reads a name; nil unless there are two parts or more and
// each opens with a person's name ([person]).
func semicolonList(n string) []string {
	if !strings.Contains(n, ";") {
		return nil
	}
	var out []string
	for _, p := range strings.Split(n, ";") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !person(strings.TrimSpace(commaParts(p)[0])) {
			return nil
		}
		out = append(out, personParts([]string{p})...)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// printedPair reads a metadata name of two people's names parted by a
// comma, which personParts leaves whole ("Jane Roe, John Poe": a co-author
// or an outlet after the person), by the byline near the title (byline,
// its names): where it names both, each is an author ("By Jane Roe and
// John Poe"); where it names the first alone, the second is no author
// ("By Jane Roe" under "Jane Roe, Valley Gazette"). names as they are
// otherwise.
func printedPair(names, byline []string) []string {
	if len(byline) == 0 {
		return names
	}
	has := func(n string) bool {
		return slices.ContainsFunc(byline, func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), n) })
	}
	var out []string
	changed := false
	for _, n := range names {
		a, b, ok := strings.Cut(n, ",")
		if a, b = strings.TrimSpace(a), strings.TrimSpace(b); ok && !strings.Contains(b, ",") && person(a) && person(b) && has(a) {
			switch {
			case has(b):
				out = append(out, a, b)
				changed = true
				continue
			case len(byline) == 1:
				out = append(out, a)
				changed = true
				continue
			}
		}
		out = append(out, n)
	}
	if !changed {
		return names
	}
	return out
}

// ampersandPair returns the halves of a part joined by " & " when each
// is a person's name, no job's title and no role's ("Ann Lee & Bo Kim";
// not "Editor & Publisher", "Head Chef & Restaurant Owner").
func ampersandPair(p string) (a, b string, ok bool) {
	a, b, ok = strings.Cut(p, " & ")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	return a, b, ok && listedPerson(a) && listedPerson(b) && !roleHalf(a) && !roleHalf(b)
}

// roleHalf reports whether a half of a part that "&" joins reads as a
// role, its words capitalised as a name's: it ends with a trade's or a
// post's noun ("Garden Educator", "Restaurant Owner") or opens with a
// rank's word ("Master Gardener", "Head Chef", "Certified Arborist").
// Trades that are common surnames (Baker, Cook, Miller, Fisher) are not
// listed.
func roleHalf(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) < 2 {
		return false
	}
	return roleNouns[w[len(w)-1]] || roleRanks[w[0]]
}

// roleNouns are the last words of roles and trades a credit may print
// after a person's name.
var roleNouns = map[string]bool{
	"educator": true, "gardener": true, "horticulturist": true, "horticulturalist": true, "arborist": true,
	"chef": true, "owner": true, "designer": true, "publisher": true, "editor": true, "writer": true,
	"reporter": true, "columnist": true, "correspondent": true, "contributor": true, "journalist": true,
	"photographer": true, "illustrator": true, "artist": true, "founder": true, "co-founder": true,
	"director": true, "manager": true, "consultant": true, "coach": true, "trainer": true, "teacher": true,
	"instructor": true, "nutritionist": true, "dietitian": true, "therapist": true, "counselor": true,
	"advisor": true, "adviser": true, "planner": true, "officer": true, "president": true, "ceo": true,
	"expert": true, "specialist": true, "scientist": true, "researcher": true, "professor": true,
	"attorney": true, "lawyer": true, "producer": true, "curator": true, "historian": true,
	"architect": true, "developer": true, "pharmacist": true, "physician": true, "veterinarian": true,
	"naturalist": true, "blogger": true, "creator": true, "host": true, "sommelier": true,
}

// roleRanks are the first words of roles ("Master Gardener", "Senior
// Editor").
var roleRanks = map[string]bool{
	"master": true, "head": true, "certified": true, "senior": true, "chief": true, "executive": true,
	"managing": true, "licensed": true, "registered": true, "associate": true, "assistant": true,
	"deputy": true, "contributing": true, "staff": true, "guest": true, "former": true,
}

// listedPerson reports whether a part of a list of credits is a person's
// name, no credential's or job title's ("DVM", "Senior Editor").
func listedPerson(s string) bool { return person(s) && !cleanCredential(s) && !cleanJobTitle(s) }
