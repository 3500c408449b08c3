package extract_test

import (
	"html"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A promoDeckHead is an invented HTML head whose markup under the <h1> is
// a deck, or a line of doubtful kind: a teaser list's heading, a
// promotion, a link alone.
type promoDeckHead struct {
	name  string
	title string
	under string // the markup under the <h1>, as written
	deck  string // the deck the article must carry, "" for none
}

func promoDeckHeads() []promoDeckHead {
	teasers := `<ul><li><a href="/a">Mayor faces questions over budget gap</a></li><li><a href="/b">Opposition names new leader after vote</a></li></ul>`
	return []promoDeckHead{
		{name: "a teaser list's heading", title: "Council approves new tram line",
			under: `<h2>More from Politics</h2>` + teasers},
		{name: "a related-stories heading", title: "Council approves new tram line",
			under: `<h2>Related stories</h2>` + teasers},
		{name: "a German teaser list's heading", title: "Stadt baut neue Brücke über den Fluss",
			under: `<h2>Weitere Artikel aus Politik</h2>` + teasers},
		{name: "a subscription link", title: "Rail fares to rise in January",
			under: `<p><a href="/subscribe">Subscribe for $1 a week</a></p>`},
		{name: "a subscription line without a link", title: "Rail fares to rise in January",
			under: `<p class="promo">Subscribe for $1 a week</p>`},
		{name: "a newsletter prompt", title: "City bans cars from old town",
			under: `<p>Sign up for our daily newsletter</p>`},
		{name: "a bold offer", title: "City bans cars from old town",
			under: `<p><strong>Get unlimited access for just $1</strong></p>`},
		{name: "a paragraph that is one link", title: "Storm closes mountain pass for days",
			under: `<p><a href="/other">Snowfall warnings extended across the northern valleys</a></p>`},
		{name: "a standfirst-classed deck", title: "Museum returns looted bronze to Benin",
			under: `<p class="standfirst">The decision ends a two-year dispute over the statue</p>`,
			deck:  "The decision ends a two-year dispute over the statue"},
		{name: "an h2 deck", title: "Airport expansion plan wins approval",
			under: `<h2>Officials say the plan will cost less than first thought</h2>`,
			deck:  "Officials say the plan will cost less than first thought"},
		{name: "a deck with a link inside", title: "Airport expansion plan wins approval",
			under: `<p>The vote follows a <a href="/inquiry">two-year inquiry</a> into noise</p>`,
			deck:  "The vote follows a two-year inquiry into noise"},
	}
}

// html is the head as a minimal page: headline, the markup under it, a
// byline and date, the story.
func (h promoDeckHead) html() string {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>" + e(h.title) + "</title></head><body><article><h1>" + e(h.title) + "</h1>")
	b.WriteString(h.under)
	b.WriteString("<p>By Lena Brandt</p><p>March 4, 2025</p>")
	for _, p := range shortDeckStory {
		b.WriteString("<p>" + e(p) + "</p>")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// TestPromoDecks is the census of doubtful lines under an HTML headline: a
// teaser list's heading, a call to action or a link alone is no deck, a
// deck (classed, an <h2>, a paragraph with a link in it) is one.
func TestPromoDecks(t *testing.T) {
	g := gapTable{list: "knownPromoDeckGaps", known: knownPromoDeckGaps}
	for _, h := range promoDeckHeads() {
		g.row(t, h.name, func(t *testing.T, ck checker) {
			a, err := extract.HTMLBytes([]byte(h.html()), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			checkDeckTitle(ck, a, h.title, h.deck)
		})
	}
	g.done(t, len(promoDeckHeads()))
}

// knownPromoDeckGaps are the rows still read wrong, logged rather than
// failed; a row that comes to read right fails until it leaves the list.
// Written blind: 10 of the 11 rows read right (a teaser list's heading is
// no deck, a paragraph that is one link neither); the offer in bold was
// taken for the deck. All 11 since a promotion is none (isPromoLine).
var knownPromoDeckGaps = map[string]bool{}

// promoTextHeads are flattened heads with a line in the deck's place,
// under the headline and over the byline: promotions, which are no deck
// (and leave the body for removed), and a deck that opens as one does.
// Written after the code was read, so not part of the blind count.
var promoTextHeads = []struct {
	name, title, under string
	deck               bool
}{
	{"a subscription offer", "Rail fares to rise in January", "Subscribe for $1 a week", false},
	{"an offer of access", "City bans cars from old town", "Get unlimited access for just $1", false},
	{"a trial offer", "Storm closes mountain pass for days", "Try it free for thirty days", false},
	{"a price by the month", "Museum returns looted bronze to Benin", "Only €4.99 per month for every story", false},
	{"a deck that opens with subscribers", "Rail fares to rise in January", "Subscribers to the old scheme keep their rates", true},
}

// TestPromoTextDecks reads promoTextHeads on the text path: a promotion is
// neither the deck nor a line of the story; the deck is the deck.
func TestPromoTextDecks(t *testing.T) {
	for _, h := range promoTextHeads {
		in := h.title + "\n" + h.under + "\nBy Lena Brandt\nMarch 4, 2025\n\n" + strings.Join(shortDeckStory, "\n\n") + "\n"
		a, err := extract.String(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		deck := ""
		if h.deck {
			deck = h.under
		}
		checkDeckTitle(t, a, h.title, deck)
		if !h.deck && strings.Contains(strings.Join(a.Body, "\n"), h.under) {
			t.Errorf("%s: %q is in the body", h.name, h.under)
		}
	}
}
