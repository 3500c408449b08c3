package clean

import "strings"

// labelWordAnds are the words for "and" a byline joins two names with only in
// the language its label word is of: Swedish "och" and Norwegian "og"
// after "av", Dutch "en" after "door". bylineHead's own joiners ("and",
// "und", "et", "y") are read in any byline; these are not, as "en" is a
// preposition in Spanish and French ("Ana Ruiz en Madrid") and a name
// after it need not be a person's.
var labelWordAnds = map[string][]string{"av": {"och", "og"}, "door": {"en"}}

// labelAndNames returns names with the names after one of [labelWordAnds]'
// words appended, when the byline's label, the last word of label, is the
// word's language's and rest, the byline's text after the names' match,
// opens with that word and a person's name ("av Karin Nilsson och Erik
// Berg", "door Pieter de Vries en Sanne Bakker"); names else.
func labelAndNames(label, rest string, names []string) []string {
	if len(names) == 0 || !strings.HasPrefix(rest, " ") {
		return names
	}
	label = strings.TrimRight(label, " ")
	if k := strings.LastIndexByte(label, ' '); k >= 0 {
		label = label[k+1:]
	}
	ands, ok := labelWordAnds[strings.ToLower(label)]
	if !ok {
		return names
	}
	for _, and := range ands {
		after, ok := strings.CutPrefix(rest[1:], and+" ")
		if !ok {
			continue
		}
		e := bylineNamesEnd(after, 0)
		if e <= 0 {
			continue
		}
		// Both sides must read as persons' names ([worldNames]): "door
		// Jan Smit en ANP" credits a wire, no second writer.
		if both := worldNames(names[len(names)-1] + " " + and + " " + after[:e]); len(both) == 2 {
			return append(names, both[1])
		}
	}
	return names
}
