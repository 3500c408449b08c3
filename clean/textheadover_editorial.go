package clean

import "strings"

// Publishing systems that sign a story with an author card print, under
// the card and right over the story, a link to the site's editorial
// policy ("Learn about Acme's Editorial Process", "Acme's Editorial
// Guidelines") and then the date line. Taken for the line over the story,
// that link stands under the real headline, which has the card's byline
// ("By" over the name) under it, with the standfirst and the writer's note
// between.

// editorialNote reports whether block t is a link to the site's editorial
// policy, read with the line under it when the scraper broke the link's
// label in two ("Learn about Acme'" over "Editorial Process").
func (p *Page) editorialNote(t int) bool {
	s := strings.TrimSpace(p.blocks[t].Text)
	if editorialPolicy.MatchString(s) {
		return true
	}
	if t+1 >= len(p.blocks) || !p.blocks[t+1].Wrapped && !possessiveEnd(s) {
		return false
	}
	next := strings.TrimSpace(p.blocks[t+1].Text)
	return len(next) < 40 && editorialPolicy.MatchString(s+" "+next)
}

// possessiveEnd reports whether a line ends with a possessive's mark
// ("Acme's", "Serious Eats'"), the word it qualifies left for the next
// line.
func possessiveEnd(s string) bool {
	for _, m := range []string{"'", "’", "'s", "’s"} {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// editorialPolicy matches the label of a link to a site's editorial
// policy, which names the site in the possessive: "Acme's Editorial
// Guidelines", "Learn about Serious Eats' Editorial Process".
var editorialPolicy = lazyCompile(`(?i)^(?:learn (?:more )?about |read )?\pL[\p{L}\p{N}&.'’ -]{0,40}(?:'|’)s? editorial (?:process|guidelines|policy|policies|standards)$`)

// overEditorialNote returns the headline over block t, an editorial
// policy's link ([Page.editorialNote]): the closest line above it, at
// most maxHeadOver blocks up, that could be a headline ([Page.overCandidate]),
// of three words or more and no name, with a byline or a date line under
// it before t; t when there is none.
func (p *Page) overEditorialNote(t int) int {
	for i := t - 1; i >= max(0, t-maxHeadOver); i-- {
		s := p.blocks[i].Text
		if p.overCandidate(i) && wordCount(s) >= 3 && !nameLike(s) && !isHeadMeta(strings.TrimSpace(s)) && p.metaUnder(i, t) {
			return i
		}
	}
	return t
}
