package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minShortDeckWords and maxShortDeckWords bound a deck read on its place
// alone (under the headline, over the byline or date line): shorter is a
// label, a caption's credit or a kicker, on HTML and on flattened text
// (shortDeckUnder); longer is left, on HTML, to labelDeck, which reads
// the paragraph's prose.
const (
	minShortDeckWords = 5
	maxShortDeckWords = 12
)

// notDeckWords mark the element under a headline as something other than a
// deck: a photo's caption or credit, a kicker, the byline's or date's box,
// a share or audio widget.
var notDeckWords = []string{"caption", "credit", "credits", "figcaption", "kicker", "byline", "author", "dateline", "date", "time", "timestamp", "published", "updated", "meta", "share", "social", "audio", "player", "listen", "breadcrumb", "tags", "related"}

// notDeckLine matches a line under a headline that is a page's widget or
// link, not a deck: a call to read, listen or watch, a photo's credit
// ("Photo: ...", "Foto: ..."), or a line that speaks of the page itself
// ("this article", "this story"), or a byline run into other head lines
// ("14 min readWritten by ...").
var notDeckLine = lazyCompile(`(?i)^(?:read|listen|watch|see|click|tap|share|follow|sign up|subscribe)\b|^(?:photo|picture|image|foto|bild|credit)s?\b|\bthis (?:article|story|page|video)\b|(?:written|posted|published|updated) by\b`)

// shortHTMLDeck labels the first free block under headline t as the deck
// when it is short and the page vouches for it: its element's class names
// a deck (markedDeck), or the page's description (meta or og:description)
// equals it or opens with it, or, on its place alone, it is a line of
// five to twelve words set over the byline or date line (one line may
// stand between: a byline the byline reader does not know). A caption,
// credit, kicker or widget under the headline is none.
func (p *Page) shortHTMLDeck(t int) {
	d := t + 1
	for d < len(p.blocks) && d <= t+2 && !p.free(d) {
		d++
	}
	if d >= len(p.blocks) || d > t+2 || !p.free(d) || p.blocks[d].HTML == nil {
		return
	}
	b := p.blocks[d]
	s := strings.TrimSpace(b.Text)
	n := wordCount(s)
	if n < 3 || hasWords(s, maxDeckWords+1) || isTitleTrap(s) || isByline(s) || headMeta(s) || isDateLine(s) || photoCredit.MatchString(s) || notDeckLine.MatchString(s) || isPromoLine(s) || holdsReadTime(s) {
		return
	}
	if namesLine(s) || strings.Contains(s, "@") {
		return // a list of authors, an address or handle
	}
	if _, _, dated := findDateAfter(s, 8); dated {
		return // a date or time strip ("Updated Nov 19, 6:55 AM; Posted ...")
	}
	if hb := p.in.doc.Blocks[b.Line-1]; hb.Hidden || hb.InNav || hb.InAside || hb.InFooter || hb.InFigure || b.HTML.LinkDensity > 0.5 {
		return
	}
	if ws := b.HTML.Words; slices.ContainsFunc(ws[max(0, len(ws)-6):], func(w string) bool { return slices.Contains(notDeckWords, w) }) {
		return
	}
	switch {
	case markedDeck(b.HTML):
	case n >= minShortDeckWords && opensDescription(s, p.in.doc.Meta.Description) && p.headLineBelow(d, maxDeckGap):
	case n >= minShortDeckWords && n <= maxShortDeckWords && !endsInColon(s) && p.headLineBelow(d, 2):
	default:
		return
	}
	p.labelAs(d, Deck, "html/deck")
}

// opensDescription reports whether the page's description is line s, or
// opens with it, read without case, marks or white space.
func opensDescription(s, desc string) bool {
	x := squash(s)
	return len(x) >= 12 && strings.HasPrefix(squash(desc), x)
}

// endsInColon reports whether s ends in a colon: a label or a lead-in to
// what follows, not a deck.
func endsInColon(s string) bool { return strings.HasSuffix(s, ":") }

// headLineBelow reports whether a byline, date or reading-time line is among
// the next within blocks under block d, with no prose before it.
func (p *Page) headLineBelow(d, within int) bool {
	for i := d + 1; i < len(p.blocks) && i <= d+within; i++ {
		t := strings.TrimSpace(p.blocks[i].Text)
		if t == "" {
			continue
		}
		if isByline(t) || headMeta(t) || isDateLine(t) || staffByline.MatchString(t) {
			return true
		}
		if p.proseAt(i) {
			return false
		}
	}
	return false
}

// namesLine reports whether s reads as a list of names (and their
// degrees): parts set apart by commas, every word capitalised ("Jane Doe,
// John C. Roe, Ann Lee").
func namesLine(s string) bool {
	if !strings.Contains(s, ",") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
}
