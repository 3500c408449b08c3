package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The short deck: a headline, a deck of five to nine words set as a
// sentence right under it, and the byline or date line right under the
// deck. The line closest over the byline is the deck, too short for the
// standfirst mark ([Page.standfirstUnder] wants ten words or more), and
// the headline is the line over it.

// minShortDeckHeadWords is the fewest words of the headline over a short
// deck: a section's name or a kicker over the headline is shorter.
const minShortDeckHeadWords = 4

// shortDeckUnder reports whether block t, right under block i, reads as
// i's short deck: minShortDeckWords to minStandfirstWords-1 words, set as
// a sentence (not in a headline's capitals), opening with a capital
// letter, with a byline or a date line right under it; and i a line of
// minShortDeckHeadWords or more that opens as a headline does (not in
// lower case: Georgian, which Unicode files as lower case, is a script
// without case) and does not itself read as a deck's sentence cut short
// (it ends in no full stop).
func (p *Page) shortDeckUnder(i, t int) bool {
	if i != t-1 || t+1 >= len(p.blocks) {
		return false
	}
	lo, hi := strings.TrimSpace(p.blocks[t].Text), strings.TrimSpace(p.blocks[i].Text)
	nl := wordCount(lo)
	if nl < minShortDeckWords || nl >= minStandfirstWords || headlineCased(lo) || wordCount(hi) < minShortDeckHeadWords {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(hi); unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r) {
		return false // a row of menu words over the headline ("home newsletter blog"): no headline opens in lower case
	}
	if strings.HasSuffix(hi, ".") || strings.HasSuffix(hi, ":") || strings.HasSuffix(hi, ")") || strings.Contains(hi, ". ") || strings.Contains(hi, "|") || readOnLabel(lo) {
		return false // a caption over the headline, a row of links ("Trending: A | B")
	}
	if i > 0 && p.overCandidate(i-1) && wordCount(p.blocks[i-1].Text) >= minShortDeckWords {
		return false // a third such line over the two: a list of highlights, not a head
	}
	if !deckSentence(lo) {
		return false
	}
	if _, _, ok := gluedCreditAt(hi); ok {
		return false // a photo's caption and its credit over the headline
	}
	if p.headMetaAt(t + 1) {
		return true
	}
	// a byline of the name alone over the date line: "Jane Doe", "4 March 2025"
	return t+2 < len(p.blocks) && personShaped(strings.TrimSpace(p.blocks[t+1].Text)) && p.headMetaAt(t+2)
}

// deckSentence reports whether line s reads as a short deck's sentence:
// no date line or byline ("by Jane Doe | Apr 21, 2025", "Last updated:
// Jul 22, 2021"), no date in it, no photo's credit at its end, and none of
// the marks that part a headline's two halves (" – ", ": ", " | "), which
// a headline has and a deck, one plain sentence, has not.
func deckSentence(s string) bool {
	if isHeadMeta(s) || startsFold(s, bylineOpeners) || strings.ContainsAny(s, "|:") || strings.Contains(s, " – ") || strings.Contains(s, " — ") || strings.Contains(s, " - ") {
		return false
	}
	if _, _, ok := findDateStamp(s); ok {
		return false
	}
	if _, _, ok := gluedCreditAt(s); ok {
		return false // a photo's caption and its credit
	}
	return !parenCredit(s) && !namedBy(s)
}

// bylineOpeners are the words a byline opens with, in the languages the
// heads are read in (compared without case): "Par Le Courrier avec AFP".
var bylineOpeners = []string{"by ", "von ", "par ", "por ", "door ", "av ", "af "}

// namedBy reports whether line s closes with "by" and a person's name
// alone, as a labelled byline does: "Guest post by Jane Doe".
func namedBy(s string) bool {
	k := strings.LastIndex(s, " by ")
	return k >= 0 && personShaped(strings.TrimSpace(s[k+4:]))
}

// parenCredit reports whether line s ends with a credit in brackets, as a
// photo's caption does: "Snow on the road (Reuters)", "(Photo: Jane Doe)".
func parenCredit(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false
	}
	k := strings.LastIndexByte(s, '(')
	return k >= 0 && startsCredit(s[k+1:])
}

// headMetaAt reports whether block i is a date line or a byline.
func (p *Page) headMetaAt(i int) bool {
	k := p.blocks[i].Kind
	return k == Date || k == Byline || isHeadMeta(strings.TrimSpace(p.blocks[i].Text))
}

// readOnLabels are the openings of a link's label to more reading printed under a headline,
// which is no deck (compared without case).
var readOnLabels = []string{"read more", "read also", "see also", "more on ", "related:"}

// readOnLabel reports whether line s is a link's label to more reading: "Read more about
// the airport".
func readOnLabel(s string) bool { return startsFold(s, readOnLabels) }

// labelShortDeck labels the line right under headline t its deck when it
// reads as a short deck ([Page.shortDeckUnder]): left free, the
// outside-story stage takes it out as a line above the story that is no
// prose, and the article loses the deck.
func (p *Page) labelShortDeck(t int) {
	if d := t + 1; d < len(p.blocks) && p.free(d) && p.shortDeckUnder(t, d) {
		p.labelAs(d, Deck, "generic/deck")
	}
}
