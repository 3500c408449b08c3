package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unglueRoleAfter returns names, a byline's names as its label's pattern
// took them from text, without the first word of a job's title glued to
// the last name and printed after it in text ("By Paolo
// SerraTransport correspondent": the pattern stops at the lower-case
// word, the glued "Transport" in its names): [unglueRoleHead] on the
// names and the rest of the line after them.
func unglueRoleAfter(names, text string) string {
	if !gluedWords(names) {
		return names
	}
	i := strings.Index(text, names)
	if i < 0 {
		return names
	}
	if u := unglueRoleHead(text[i:]); len(u) < len(names) {
		return u
	}
	return names
}

// unglueRoleHead cuts the job's title glued to a name's last word in
// sentence case or in title case ("Paolo SerraTransport correspondent",
// "Dana WhitfieldSenior Health Reporter": a name's span and a role's span
// printed with no blank between) off the name. The word must open with a
// capital, change from a lower-case letter to a capital inside, and be
// followed by one to three words all in lower case or all capitalised, the last a trade's
// ([roleWords]); a name's own capital inside ("McDonald", "DeLuca",
// "MacKenzie": [gluedNamePrefix]) stays, as does a word opening in lower
// case ("iPhone").
func unglueRoleHead(n string) string {
	words := strings.Fields(n)
	if len(words) < 3 {
		return n
	}
	for i := 1; i < len(words)-1; i++ {
		cut := gluedCapital(words[i])
		if cut < 0 || !lowerRoleAfter(words[i+1:]) {
			continue
		}
		return strings.Join(words[:i], " ") + " " + words[i][:cut]
	}
	return n
}

// gluedCapital returns where, in a word opening with a capital, a capital
// follows a lower-case letter, the part before it two letters or more and
// no name's prefix ([gluedNamePrefix]), the part after it two letters or
// more; -1 for any other word.
func gluedCapital(w string) int {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return -1
	}
	prevLower := false
	for j, r := range w {
		if prevLower && unicode.IsUpper(r) {
			if gluedNamePrefix[strings.ToLower(w[:j])] || utf8.RuneCountInString(w[:j]) < 2 || utf8.RuneCountInString(w[j:]) < 2 {
				return -1
			}
			return j
		}
		prevLower = unicode.IsLower(r)
	}
	return -1
}

// lowerRoleAfter reports whether words, one to three, are all in lower
// case, or all open with a capital (a job's title in title case, "Senior
// Health Reporter"), and the last is a trade's ([roleWords]; not "head",
// "lead", "chief" or "staff", as gluedRoleName).
func lowerRoleAfter(words []string) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	lower := 0
	for _, w := range words {
		if startsLower(w) {
			lower++
		}
	}
	if lower != 0 && lower != len(words) {
		return false
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
	return roleWords[last] && last != "head" && last != "lead" && last != "chief" && last != "staff"
}

// gluedNamePrefix are the openings of surnames written with a capital
// inside ("McDonald", "MacKenzie", "DeLuca", "LaFleur", "VanDyke",
// "FitzGerald", "DiMaggio", "DuBois", "LeBlanc"), lower-cased.
var gluedNamePrefix = map[string]bool{
	"mc": true, "mac": true, "de": true, "di": true, "da": true, "du": true, "la": true, "le": true,
	"van": true, "von": true, "fitz": true, "st": true, "o": true, "al": true, "el": true, "ben": true,
}
