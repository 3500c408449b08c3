package clean

import "strings"

// maxCardsPerPage is the most writers' cards (a name line over a note that
// opens with the name) a page's kept text may hold for cardNamed to read
// any: more are a list of people, each with a paragraph, in the story.
const maxCardsPerPage = 3

// cardHeadingName returns the name that line s holds as a card's heading: a
// person's name alone (isPersonName), or after "By", "Written by" or
// "About", or before a role set off by a comma ("Written by: Jane Doe,
// Senior Analyst"); "" when s is no such line.
func cardHeadingName(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > 80 {
		return ""
	}
	for _, label := range [...]string{"Written by:", "Written by", "By:", "By", "About"} {
		if rest, ok := strings.CutPrefix(s, label+" "); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	if name, _, ok := strings.Cut(s, ","); ok {
		s = name
	}
	if !isPersonName(s) {
		return ""
	}
	return s
}

// opensWithCardName reports whether note t opens with name, whole or its
// first word, then a space or a comma (the card's note: "Karina Cohen is
// the owner ...", "Karina holds ...").
func opensWithCardName(t, name string) bool {
	if rest, ok := strings.CutPrefix(t, name); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ",")) {
		return true
	}
	first, _, _ := strings.Cut(name, " ")
	rest, ok := strings.CutPrefix(t, first)
	return ok && strings.HasPrefix(rest, " ")
}

// cardNamed reports whether kept line i, whose text is t, is the note of a
// writer's card: the line right above it (kept or not) is the writer's
// name as a heading (cardHeadingName), and t opens with that name, whole
// or its first word, then a verb of writerNote, and speaks of a person
// (holdsPersonPronoun: "Karina Cohen" over "Karina Cohen is the owner of a
// cleaning firm ... she has led ..."). A card names its writer twice; a
// story's paragraph about a person does not stand under her name alone,
// unless the story is a list of people (more than maxCardsPerPage such
// pairs: cards counts them).
func (p *Page) cardNamed(i int, t string, cards int) bool {
	if i == 0 || cards > maxCardsPerPage {
		return false
	}
	name := cardHeadingName(p.blocks[i-1].Text)
	return name != "" && opensWithCardName(t, name) && holdsPersonPronoun(t) && writerNote.MatchString(t)
}

// holdsPersonPronoun reports whether s holds an English third-person
// pronoun of a person (he, she, him, his, her, hers) as a word: a card's
// note goes on about its writer ("... she has led ..."), where a product's
// or a firm's paragraph under its name ("Acme Suite is a platform ...")
// does not.
func holdsPersonPronoun(s string) bool {
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !isASCIILetter(byte(r)) || r >= 0x80 }) {
		switch strings.ToLower(w) {
		case "he", "she", "him", "his", "her", "hers":
			return true
		}
	}
	return false
}

// countCards returns how many kept lines of the page stand under a name
// line and open with its name (cardNamed's pairs, its verb aside).
func (p *Page) countCards(drop []bool) int {
	n := 0
	for i := 1; i < len(p.blocks); i++ {
		if !p.keptText(i, drop) {
			continue
		}
		if name := cardHeadingName(p.blocks[i-1].Text); name != "" && opensWithCardName(p.blocks[i].Text, name) {
			n++
		}
	}
	return n
}
