package clean

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

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
// pairs: cards counts them), or closes on profiles of its own people (a
// race's candidates, an obituary's life), whose surnames its prose named
// above the heading (named, from countCards: a writer's card names one the
// story did not).
func (p *Page) cardNamed(i int, t string, cards int, named map[string]int) bool {
	if i == 0 || cards > maxCardsPerPage {
		return false
	}
	name := cardHeadingName(p.blocks[i-1].Text)
	if name == "" || !opensWithCardName(t, name) {
		return false
	}
	if at, ok := named[cardSurname(name)]; ok && at < i-1 {
		return false // one of the story's people
	}
	return holdsPersonPronoun(t) && writerNote.MatchString(t)
}

// cardSurname returns the last word of a card's heading name ("Ruiz" of
// "Ana Ruiz"), the word a story names its people by.
func cardSurname(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
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
// line and open with its name (cardNamed's pairs, its verb aside), and the
// surnames of those names (cardSurname), each mapped to the first kept
// line of prose (minTextProseWordsBio words or more) that holds it as a
// word, or absent when none does: one pass over the page's words, however
// many names.
func (p *Page) countCards(drop []bool, shapes []blockfeat.Shape) (int, map[string]int) {
	n := 0
	var named map[string]int
	for i := 1; i < len(p.blocks); i++ {
		if !p.keptText(i, drop) {
			continue
		}
		if name := cardHeadingName(p.blocks[i-1].Text); name != "" && opensWithCardName(p.blocks[i].Text, name) {
			n++
			if named == nil {
				named = map[string]int{}
			}
			named[cardSurname(name)] = -1
		}
	}
	if named == nil {
		return 0, nil
	}
	left := len(named)
	for i := range p.blocks {
		if left == 0 {
			break
		}
		if !p.keptText(i, drop) || shapes[i].Words < minTextProseWordsBio {
			continue
		}
		for w := range strings.FieldsFuncSeq(p.blocks[i].Text, notNameRune) {
			if at, ok := named[w]; ok && at < 0 {
				named[w] = i
				left--
			}
		}
	}
	for w, at := range named {
		if at < 0 {
			delete(named, w)
		}
	}
	return n, named
}

// notNameRune reports whether r cannot stand in a surname: anything but a
// letter or a hyphen ("Smith-Jones"); an apostrophe ends one ("Ruiz's").
func notNameRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' }
