package extract_test

import (
	"html"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A shortDeckHead is an invented story head: a headline, a deck (the
// standfirst under it) or none, the byline and date lines, and the story.
// The decks are short (five to nine words), the length the standfirst
// reader, which wants a paragraph of prose, does not take; the heads
// without a deck open the story with a short first line or set a photo
// caption under the headline, which must not be taken for one.
type shortDeckHead struct {
	name     string
	title    string
	deck     string // the deck the article must carry, "" for none
	under    string // a line under the headline that is no deck (a caption, a short first line), or ""
	byline   string
	date     string
	story    []string
	metaDesc string // the HTML page's meta description, "" for none
}

// shortDeckStory is the story under the heads: two paragraphs of prose.
var shortDeckStory = []string{
	"The regional council voted on Tuesday to fund the project from next year's budget, ending a debate that had run for most of the autumn and split the council's two largest groups.",
	"Officials said work would begin in the spring and take about eighteen months, and that residents would be asked for their views on the detailed plans at two public meetings in January.",
}

func shortDeckHeads() []shortDeckHead {
	s := shortDeckStory
	return []shortDeckHead{
		{name: "seven-word deck under a six-word headline", title: "Council approves new harbour ferry link", deck: "Crossing to start running next summer", byline: "By Ana Ruiz", date: "March 4, 2025", story: s},
		{name: "seven-word deck with a full stop", title: "Rail fares to rise in January", deck: "Passengers face the biggest increase in years.", byline: "By Tom Hale", date: "March 4, 2025", story: s},
		{name: "six-word deck, no byline", title: "City bans cars from old town", deck: "Residents and delivery vans are exempt", date: "March 4, 2025", story: s},
		{name: "nine-word deck over a date line only", title: "School meals to be free for all", deck: "The scheme will cost the county four million a year", date: "4 March 2025", story: s},
		{name: "eight-word deck, date before the byline", title: "Museum returns looted bronze to Benin", deck: "The statue was taken by soldiers in 1897", date: "March 4, 2025", byline: "By Grace Obi", story: s},
		{name: "five-word deck", title: "Storm closes mountain pass for days", deck: "Snowploughs cannot reach the summit", byline: "By Lars Berg", date: "March 4, 2025", story: s},
		{name: "seven-word deck that is a question", title: "Why the bridge repairs keep slipping", deck: "Engineers say the answer lies underwater?", byline: "By Mia Chen", date: "March 4, 2025", story: s},
		{name: "seven-word deck matching the meta description", title: "Airport expansion plan wins approval", deck: "A second runway could open by 2030", byline: "By Omar Haddad", date: "March 4, 2025", story: s, metaDesc: "A second runway could open by 2030"},
		{name: "German seven-word deck", title: "Stadt baut neue Brücke über den Fluss", deck: "Die Bauarbeiten sollen im Frühjahr beginnen", byline: "Von Jonas Weber", date: "4. März 2025", story: s},
		{name: "French seven-word deck", title: "La ville rénove ses écoles primaires", deck: "Les travaux dureront jusqu'à la rentrée prochaine", byline: "Par Claire Martin", date: "4 mars 2025", story: s},
		{name: "Spanish eight-word deck", title: "El gobierno aprueba el nuevo presupuesto", deck: "La oposición critica el recorte en sanidad pública", byline: "Por Javier Ruiz", date: "4 de marzo de 2025", story: s},
		{name: "Russian seven-word deck", title: "В городе откроют новую линию метро", deck: "Первые поезда пойдут уже следующей осенью", byline: "Дмитрий Орлов", date: "4 марта 2025", story: s},
		// no deck: the line under the headline is the story's, a caption or none
		{name: "no deck: the story under the byline", title: "Council approves new harbour ferry link", byline: "By Ana Ruiz", date: "March 4, 2025", story: s},
		{name: "no deck: a short first line of the story", title: "Rail fares to rise in January", byline: "By Tom Hale", date: "March 4, 2025", story: append([]string{"Commuters will pay more from January."}, s...)},
		{name: "no deck: a photo caption under the headline", title: "City bans cars from old town", under: "Photo: John Smith/City Press", byline: "By Ana Ruiz", date: "March 4, 2025", story: s},
		{name: "no deck: a caption describing the photo", title: "Storm closes mountain pass for days", under: "Snow covers the road near the summit (Reuters)", byline: "By Lars Berg", date: "March 4, 2025", story: s},
		{name: "no deck: a short quote opening the story under the date", title: "Museum returns looted bronze to Benin", byline: "By Grace Obi", date: "March 4, 2025", story: append([]string{"\"It is finally coming home,\" she said."}, s...)},
		{name: "no deck: a section label under the headline", title: "School meals to be free for all", under: "Education", byline: "By Ana Ruiz", date: "March 4, 2025", story: s},
		{name: "no deck: read more link under the headline", title: "Airport expansion plan wins approval", under: "Read more about the airport", byline: "By Omar Haddad", date: "March 4, 2025", story: s},
		{name: "no deck: a short first line, meta description of the story", title: "Airport expansion plan wins approval", byline: "By Omar Haddad", date: "March 4, 2025", story: append([]string{"The vote was close."}, s...), metaDesc: "The regional council voted on Tuesday to fund the project from next year's budget."},
	}
}

// text is the head flattened: headline, deck or the line under it, byline
// and date in the head's order, the story.
func (h shortDeckHead) text() string {
	var lines []string
	lines = append(lines, h.title)
	if h.deck != "" {
		lines = append(lines, h.deck)
	}
	if h.under != "" {
		lines = append(lines, h.under)
	}
	lines = append(lines, h.headLines()...)
	lines = append(lines, "")
	lines = append(lines, strings.Join(h.story, "\n\n"))
	return strings.Join(lines, "\n") + "\n"
}

// headLines are the byline and date lines in the head's order: the date
// first where the row names it before the byline (date set, byline after).
func (h shortDeckHead) headLines() []string {
	var out []string
	if h.byline != "" && !strings.Contains(h.name, "date before the byline") {
		out = append(out, h.byline)
	}
	out = append(out, h.date)
	if h.byline != "" && strings.Contains(h.name, "date before the byline") {
		out = append(out, h.byline)
	}
	return out
}

// html is the head as a minimal page, the deck a plain paragraph under the
// <h1> (as many sites print it), with the meta description where there is
// one.
func (h shortDeckHead) html() string {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>" + e(h.title) + "</title>")
	if h.metaDesc != "" {
		b.WriteString(`<meta name="description" content="` + e(h.metaDesc) + `">`)
	}
	b.WriteString("</head><body><article><h1>" + e(h.title) + "</h1>")
	if h.deck != "" {
		b.WriteString("<p>" + e(h.deck) + "</p>")
	}
	if h.under != "" {
		b.WriteString("<p>" + e(h.under) + "</p>")
	}
	for _, l := range h.headLines() {
		b.WriteString("<p>" + e(l) + "</p>")
	}
	for _, p := range h.story {
		b.WriteString("<p>" + e(p) + "</p>")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// TestShortDecks is the census of short decks, on both paths: a deck of
// five to nine words under the headline is the article's deck, and the
// story's short first line or a caption under the headline is none; the
// headline stays the title.
func TestShortDecks(t *testing.T) {
	g := gapTable{list: "knownShortDeckGaps", known: knownShortDeckGaps}
	for _, h := range shortDeckHeads() {
		g.row(t, "text, "+h.name, func(t *testing.T, ck checker) {
			a, err := extract.String(h.text(), nil)
			if err != nil {
				t.Fatal(err)
			}
			checkDeckTitle(ck, a, h.title, h.deck)
		})
		g.row(t, "html, "+h.name, func(t *testing.T, ck checker) {
			a, err := extract.HTMLBytes([]byte(h.html()), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			checkDeckTitle(ck, a, h.title, h.deck)
		})
	}
	g.done(t, 2*len(shortDeckHeads()))
}

// checkDeckTitle reports an article whose deck or title is not the row's:
// the one check of the deck census tables, text and HTML alike.
func checkDeckTitle(ck checker, a *extract.Article, title, deck string) {
	ck.Helper()
	if a.Deck != deck {
		ck.Errorf("deck %q, want %q", a.Deck, deck)
	}
	if a.Title != title {
		ck.Errorf("title %q, want %q", a.Title, title)
	}
}

// knownShortDeckGaps are the rows the deck and title readers still read
// wrong, logged rather than failed; a row that comes to read right fails
// the test until it leaves this list. Written blind (before the deck code
// was read for them): 14 of the 40 rows read right (the eight heads
// without a deck on HTML, six of them on text), none of the short decks on
// either path; 37 since the text head reads a short deck under its
// headline (11 of the 12 short decks on text) and shortHTMLDeck (clean)
// the HTML ones (all 12); 38 since it reads a longer one too.
var knownShortDeckGaps = map[string]bool{
	// The short decks (five to nine words) read right since the head
	// stage takes the line over one for the headline and the deck under
	// it (clean/textheadover_shortdeck.go): 11 text rows closed; the
	// twelfth (its deck is of ten words, over a date line alone) since a
	// deck of ten words or more in the deck's place is read for the deck
	// (longDeckUnder).
	// text, no deck: a caption with its credit under the headline is
	// taken for the deck (settleHeadBetween reads a headline-shaped line
	// between the headline and the story as its deck); a "Read more"
	// line there is taken for the title, the headline over it for its
	// kicker
	"text, no deck: a caption describing the photo":    true,
	"text, no deck: read more link under the headline": true,
}
