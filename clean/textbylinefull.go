package clean

import "strings"

// fullNameAbove returns, for a byline at block i that gives a forename
// alone ("Articles by Juliette", a link to the writer's other posts), the
// full name printed alone on one of the two lines above it and under the
// headline at block t, that opens with the forename ("Juliette Carreiro"
// over "Tech Writer" over "Articles by Juliette"); for a byline that
// gives a column's title, whose name match stops at its first word ("By
// Ask the Doctors"), the whole title ([titledName]); or names as they are.
func (p *Page) fullNameAbove(names []string, i, t int) []string {
	if len(names) != 1 || strings.Contains(names[0], " ") {
		return names
	}
	if n := titledName(strings.TrimSpace(p.blocks[i].Text), names[0]); n != names[0] {
		return []string{n}
	}
	for j := i - 1; j > t && j >= i-2; j-- {
		s := strings.TrimSpace(p.blocks[j].Text)
		if first, _, ok := strings.Cut(s, " "); ok && first == names[0] && personShaped(s) {
			return []string{s}
		}
	}
	return names
}
