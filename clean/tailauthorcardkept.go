package clean

import "strings"

// An author's card the story detector kept at the story's end: the
// writer's name on a line of its own and the note about them under it
// ("Jane Doe" over "Jane Doe is a marketing professional who ...") read as
// the story's last two paragraphs, since the note is prose. The card is
// the byline and a note about the writer, not the story: it leaves the
// body (WCXB's gold bodies leave such cards out), and the name is the
// article's author. Taken out of the body, the card is not there for a
// second cleaning of the output to read, and the body it leaves is the
// same.

// maxCardBetweenWords is the most words a line between a kept card's name
// and its note holds: a role ("Senior Writer"), a photo's alt text.
const maxCardBetweenWords = 12

// takeKeptCard labels a card the story kept (name line i, note line note)
// as a byline that names no one yet (the article's author where nothing
// else names one) and the kept lines under it down to the note as the
// note about the writer, and reports whether it did: only where the card closes the story, with at least
// minBioStoryWords words of the kept story above it and at most
// maxBioAfterWords below it (a line or two the story detector kept), and
// only short lines between the name and the note, and the story's prose
// right above the name ([Page.proseAbove]). A name in the middle of the
// story over a paragraph about that person is the story's own; a card
// under kept lines that are not prose (a menu's, a form's) leaves those
// lines the body's last, which a second cleaning of the output would
// take for the page's furniture.
func (p *Page) takeKeptCard(i, note int) bool {
	above, below := 0, 0
	for k := range p.blocks {
		if !p.storyKept(k) {
			continue
		}
		w := wordCount(p.blocks[k].Text)
		switch {
		case k < i:
			above += w
		case k > note:
			below += w
		case k > i && k < note && w > maxCardBetweenWords:
			return false
		}
	}
	if above < minBioStoryWords || below > maxBioAfterWords || !p.storyKept(note) || !p.proseAbove(i) {
		return false
	}
	b := &p.blocks[i]
	b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{} // its name the article's author where nothing else names one
	for k := i + 1; k <= note; k++ {
		if p.storyKept(k) {
			p.blocks[k].Kind, p.blocks[k].Rule = Other, BioRule
		}
	}
	return true
}

// storyKept reports whether block i is one of the story's paragraphs the
// article keeps: a block no stage labelled, or labelled the body (not a
// title, a date, a dateline, clutter or anything else).
func (p *Page) storyKept(i int) bool {
	k := p.blocks[i].Kind
	return k == "" || k == Body
}

// proseAbove reports whether the kept block nearest above block i is a
// paragraph of the story: minTextProseWordsBio words or more.
func (p *Page) proseAbove(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if p.storyKept(k) {
			return wordCount(p.blocks[k].Text) >= minTextProseWordsBio
		}
	}
	return false
}

// mayTakeKeptCard reports whether a card the story kept may close it, the
// test [Page.takeKeptCard] makes and more cheaply, before [cardAt] reads
// the whole page: a block not dropped whose line reads as a card's name
// ([cardLine]) over a kept line that names its forename
// ([Page.keptNoteNames]) or over the writer's note about herself right
// under it ([selfNote]: "I'm the founder of ..."), with at most maxBioAfterWords words of the kept
// story below the farthest line its note may stand on (cardNoteGap under
// it). One walk up from the page's end, which stops where the story below
// holds more words.
func (p *Page) mayTakeKeptCard() bool {
	below := 0 // words of the kept story past block i+cardNoteGap
	for i := len(p.blocks) - 1; i >= 0; i-- {
		if k := i + cardNoteGap + 1; k < len(p.blocks) && p.storyKept(k) {
			if below += wordCount(p.blocks[k].Text); below > maxBioAfterWords {
				return false
			}
		}
		if !p.dropped(i) {
			if name, bare, forename := cardLine(p.blocks[i].Text); name != "" && (p.keptNoteNames(i, forename) ||
				i+1 < len(p.blocks) && p.storyKept(i+1) && selfNote(p.blocks[i+1].Text, bare)) {
				return true
			}
		}
	}
	return false
}

// keptNoteNames reports whether a block of the kept story within
// cardNoteGap under block i holds forename and a space after it, as the
// note about a card's writer opens ([cardNote]).
func (p *Page) keptNoteNames(i int, forename string) bool {
	for k := i + 1; k < len(p.blocks) && k <= i+cardNoteGap; k++ {
		if p.storyKept(k) && strings.Contains(p.blocks[k].Text, forename+" ") {
			return true
		}
	}
	return false
}
