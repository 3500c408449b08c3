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
// a sentence (not in a headline's capitals), in the deck's place under i
// ([Page.deckPlaceUnder]). A promotion in that place ("Subscribe for $1 a
// week", isPromoLine) is read as one too, so that the line over it is
// the headline; labelShortDeck takes it out, not for the deck. A name
// before the paper she writes for ("Lucía Ortega para El Diario del Sur",
// [nameForOutlet]) is a byline, no deck, as is a byline's word and names
// with a photographer's credit after them ([markerByline]: "di Marco
// Bellini, foto di Sara Conti").
func (p *Page) shortDeckUnder(i, t int) bool {
	if !p.deckPlaceUnder(i, t) {
		return false
	}
	lo := strings.TrimSpace(p.blocks[t].Text)
	if isPromoLine(lo) {
		return true
	}
	nl := wordCount(lo)
	return nl >= minShortDeckWords && nl < minStandfirstWords && !headlineCased(lo) && !readOnLabel(lo) && deckSentence(lo) && !sharedByline(lo) && nameForOutlet(lo) == "" && !markerByline(lo)
}

// longDeckUnder reports whether block t, right under headline i, is its
// deck of minStandfirstWords words or more: set as a sentence, in the
// deck's place ([Page.deckPlaceUnder]), and no paragraph of prose
// (isProse). Its place says it: a line between the headline and the
// byline or date line is the head's, and one too short for the story's
// prose would be taken out as a line outside the story. A paragraph of
// prose there stays the story's, whose opening it may be. The headline
// over the line is taken already (the standfirst mark,
// [Page.standfirstUnder], reads the line for one under a headline); this
// reads it for the deck. A line the page's title line opens with is the
// headline, not its deck.
func (p *Page) longDeckUnder(i, t int) bool {
	if !p.deckPlaceUnder(i, t) {
		return false
	}
	lo := strings.TrimSpace(p.blocks[t].Text)
	return wordCount(lo) >= minStandfirstWords && !isProse(lo) && !headlineCased(lo) && !readOnLabel(lo) && deckSentence(lo) && !p.namedByTitleLine(lo)
}

// namedByTitleLine reports whether the page's first line, where flattened
// text prints the document's title ("Headline – Outlet"), opens with line
// s: s is the headline, whatever line was taken for it.
func (p *Page) namedByTitleLine(s string) bool {
	if len(p.blocks) == 0 {
		return false
	}
	first, s := strings.ToLower(collapse(p.blocks[0].Text)), strings.ToLower(collapse(s))
	return len(s) < len(first) && strings.HasPrefix(first, s)
}

// deckPlaceUnder reports whether block t stands in a deck's place under
// block i: right under it, with a byline or a date line right under t;
// and i a line of minShortDeckHeadWords or more that opens as a headline
// does (not in lower case: Georgian, which Unicode files as lower case,
// is a script without case), no byline or date line, and does not
// itself read as a deck's sentence cut short (it ends in no full stop)
// or a caption; t no copy of i (the headline printed twice).
func (p *Page) deckPlaceUnder(i, t int) bool {
	if i != t-1 || t+1 >= len(p.blocks) {
		return false
	}
	hi := strings.TrimSpace(p.blocks[i].Text)
	if wordCount(hi) < minShortDeckHeadWords || p.headMetaAt(i) {
		return false // a kicker, or a date line or byline over the line: a list of reviews or posts
	}
	if r, _ := utf8.DecodeRuneInString(hi); unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r) {
		return false // a row of menu words over the headline ("home newsletter blog"): no headline opens in lower case
	}
	if strings.HasSuffix(hi, ".") || strings.HasSuffix(hi, ":") || strings.HasSuffix(hi, ")") || strings.Contains(hi, ". ") || strings.Contains(hi, "|") {
		return false // a caption over the headline, a row of links ("Trending: A | B")
	}
	if i > 0 && p.overCandidate(i-1) && wordCount(p.blocks[i-1].Text) >= minShortDeckWords {
		return false // a third such line over the two: a list of highlights, not a head
	}
	if _, _, ok := gluedCreditAt(hi); ok {
		return false // a photo's caption and its credit over the headline
	}
	// a byline or date line under t, or a byline of the name alone over
	// the date line: "Jane Doe", "4 March 2025"
	if !p.headMetaAt(t+1) && !(t+2 < len(p.blocks) && personShaped(strings.TrimSpace(p.blocks[t+1].Text)) && p.headMetaAt(t+2)) {
		return false
	}
	return squash(hi) != squash(p.blocks[t].Text) // not the headline printed twice
}

// deckSentence reports whether line s reads as a short deck's sentence:
// no date line or byline ("by Jane Doe | Apr 21, 2025", "Last updated:
// Jul 22, 2021"), no date in it, no photo's credit at its end, and none of
// the marks that part a headline's two halves (" – ", ": ", " | "), which
// a headline has and a deck, one plain sentence, has not; no promotion
// ("Subscribe for $1 a week", isPromoLine); no person's name with her
// post after a comma, which a byline prints in lower case in many
// languages ("Lucía Ortega, corresponsal en Lima": [nameWithRole]), or
// with her strip's links or reading time ([cutStripTail]).
func deckSentence(s string) bool {
	if isHeadMeta(s) || startsFold(s, bylineOpeners) || strings.ContainsAny(s, "|:") || strings.Contains(s, " – ") || strings.Contains(s, " — ") || strings.Contains(s, " - ") {
		return false
	}
	if strings.IndexByte(s, ',') > 0 && nameWithRole(s) != "" {
		return false
	}
	if c := cutStripTail(s); c != s && personShaped(c) {
		return false // "Ana Ribeiro • 3 min de leitura": a name and her strip's reading time
	}
	if _, _, ok := findDateStamp(s); ok {
		return false
	}
	if _, _, ok := gluedCreditAt(s); ok {
		return false // a photo's caption and its credit
	}
	return !parenCredit(s) && !namedBy(s) && !isPromoLine(s)
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
// reads as a short deck ([Page.shortDeckUnder]) or a long one
// ([Page.longDeckUnder]): left free, the outside-story stage takes it out
// as a line above the story that is no prose, and the article loses the
// deck. A promotion in the deck's place ("Subscribe for $1 a week",
// isPromoLine) is the page's, taken out as a subscription's call.
func (p *Page) labelShortDeck(t int) {
	d := t + 1
	if d >= len(p.blocks) || !p.free(d) {
		return
	}
	switch {
	case !p.shortDeckUnder(t, d):
		if p.longDeckUnder(t, d) {
			p.labelAs(d, Deck, "generic/deck")
		}
	case isPromoLine(strings.TrimSpace(p.blocks[d].Text)):
		p.labelAs(d, Subscribe, "generic/deck-promotion")
	default:
		p.labelAs(d, Deck, "generic/deck")
	}
}
