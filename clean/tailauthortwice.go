package clean

import "strings"

// A writer's name printed alone in the story's head, with nothing beside
// it that marks it a byline (no date, no "By", no role under it: the
// flattening set the deck above it and a table of contents below), is
// still the byline when the page prints the same name alone again,
// elsewhere, over a note about a person: the author's card. A name
// printed once in the head may be
// anything a page names (a product, a person the story is about, a
// quote's speaker), and a sticky header prints a menu's "General
// Information" twice too; the same name printed twice, alone both times,
// the second time over a few lines about a person, is how many blogs and
// company sites sign their posts.

// headNameTwiceAt returns the index of the one line between headline t and
// the story's second paragraph of prose (at most maxTextHead lines down)
// that gives a person's name alone ([personShaped]: "Jane Doe"), none of
// whose words the page writes in lower case, that the page prints alone
// on another line too ("Jane Doe", "About Jane Doe") over a note about a
// person ([Page.personNoteAfter]), and the name; or
// -1 and "". Two such names in the head are a list of people (a panel, a
// team), none a byline.
func (p *Page) headNameTwiceAt(t int, lw *lowerWords) (int, string) {
	if t < 0 {
		return -1, ""
	}
	at, name := -1, ""
	cands := p.headNameLines(t)
	if len(cands) == 0 {
		return -1, ""
	}
	seen := make([]bool, len(cands))
	for j := range p.blocks {
		s := strings.TrimPrefix(strings.TrimSpace(p.blocks[j].Text), "About ")
		for k, i := range cands {
			if n := strings.TrimSpace(p.blocks[i].Text); j != i && s == n && p.personNoteAfter(j, n) {
				seen[k] = true
			}
		}
	}
	for k, i := range cands {
		n := strings.TrimSpace(p.blocks[i].Text)
		if !seen[k] || p.writesLower(n, lw) {
			continue
		}
		if at >= 0 && n != name {
			return -1, "" // two people named twice: no one byline
		}
		if at < 0 {
			at, name = i, n
		}
	}
	return at, name
}

// headNameLines returns the lines between headline t and the story's
// second paragraph of prose that give a person's name alone (whether
// the page writes a word of it in lower case, the dearer test, is left to
// the caller).
func (p *Page) headNameLines(t int) []int {
	var out []int
	prose := ""
	for i := t + 1; i < len(p.blocks) && i <= t+maxTextHead; i++ {
		s := strings.TrimSpace(p.blocks[i].Text)
		if len(s) >= 100 && isProse(s) {
			if s != prose {
				if prose != "" {
					break // the story's second paragraph
				}
				prose = s
			}
			continue
		}
		if personShaped(s) && !shouted(s) && !notAuthorName(s) {
			out = append(out, i)
		}
	}
	return out
}

// firstPerson matches the words a writer's note about herself opens its
// sentences with: "I'm the editor", "I have been", "My background".
var firstPerson = lazyCompile(`(?:^|[.!?]\s+)(?:I'm|I’m|I am|I have|I've|I’ve|I was|My)\s`)

// personNoteAfter reports whether one of the cardNoteGap lines under block
// j is a note about the person named: a card's note ([cardNote]: "Jane
// Doe is a travel writer who ...") or a writer's words about herself
// that name a trade ([firstPerson], [bioRole]: "Hello! I'm the editor of
// this site"; a customer's "I've been using the service" is none). A pronoun alone
// is no such note ("How It Works" over a paragraph that says "she" is a
// menu's), nor is the name opening a sentence ("Acme EMS is a
// comprehensive event management system").
func (p *Page) personNoteAfter(j int, name string) bool {
	for m := j + 1; m < len(p.blocks) && m <= j+cardNoteGap; m++ {
		s := strings.TrimSpace(p.blocks[m].Text)
		if wordCount(s) < 6 {
			continue
		}
		if cardNote(s, name, strings.Fields(name)[0], "") || firstPerson.MatchString(s) && bioRole.MatchString(s) {
			return true
		}
	}
	return false
}
