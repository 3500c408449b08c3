package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A captionDeckHead is an invented flattened head: the headline, the lines
// between it and the story (a deck, a photo's caption and credit, byline
// and date lines), and the deck the article must carry ("" for none).
type captionDeckHead struct {
	name  string
	title string
	head  []string // the lines between the headline and the story
	deck  string
}

// captionDeckHeads: a photo's caption with its credit under the headline,
// which is the image's and no deck; decks of ten words or more over the
// byline or date line, which are.
func captionDeckHeads() []captionDeckHead {
	return []captionDeckHead{
		{name: "caption over a Photo: credit and a byline", title: "Council approves new tram line after long debate",
			head: []string{"Residents wait at a stop on Harbour Road on Tuesday.", "Photo: Jane Miller/Reuters", "By Tom Grey", "March 3, 2026"}},
		{name: "caption over an AP Photo credit", title: "Storm cuts power to thousands across the coast",
			head: []string{"Workers repair a fallen line near the pier on Sunday.", "(AP Photo/Lee Carter)", "March 3, 2026"}},
		{name: "German caption over a Foto: credit", title: "Streik legt Bahnverkehr in Bayern lahm",
			head: []string{"Reisende warten am Hauptbahnhof in München am Montag.", "Foto: Max Huber/dpa", "03.03.2026"}},
		{name: "caption over a Photograph: credit", title: "Farmers block motorway in protest over fuel tax",
			head: []string{"Tractors line the motorway outside the city on Friday morning.", "Photograph: Anna Berg/Getty Images", "By Sara Wu", "March 3, 2026"}},
		{name: "caption with its credit on one line", title: "Storm cuts power to thousands across the coast",
			head: []string{"A lineman works on a pole in Dover, Delaware, on Monday. (AP Photo/Lee Carter)", "March 3, 2026"}},
		{name: "Spanish caption over a Foto: credit", title: "El gobierno aprueba el nuevo plan de vivienda",
			head: []string{"Varias personas pasan ante un edificio en obras en Madrid, este lunes.", "Foto: Luis Gómez/EFE", "Por Javier Ruiz", "3 de marzo de 2026"}},
		{name: "ten-word deck over a date line", title: "City to close three libraries next year",
			head: []string{"Budget shortfall forces cuts to weekend opening across the borough", "March 3, 2026"},
			deck: "Budget shortfall forces cuts to weekend opening across the borough"},
		{name: "eleven-word deck over a byline", title: "Minister resigns over housing scandal",
			head: []string{"The departure leaves the government short of a majority in parliament", "By Tom Grey", "March 3, 2026"},
			deck: "The departure leaves the government short of a majority in parliament"},
		{name: "thirteen-word deck over a byline and date on one line", title: "Prices rise again in February",
			head: []string{"Inflation climbs for a third month as food and energy costs keep rising", "By Tom Grey | March 3, 2026"},
			deck: "Inflation climbs for a third month as food and energy costs keep rising"},
		{name: "seven-word deck over a date line", title: "Minister resigns over housing scandal",
			head: []string{"Critics say the plan came too late", "March 3, 2026"},
			deck: "Critics say the plan came too late"},
	}
}

// text is the head flattened over the story.
func (h captionDeckHead) text() string {
	lines := append([]string{h.title}, h.head...)
	return strings.Join(lines, "\n") + "\n\n" + strings.Join(shortDeckStory, "\n\n") + "\n"
}

// TestCaptionDecks is the census of captions and long decks under a
// flattened headline: a caption with its credit is no deck, a deck of ten
// words or more over the byline or date line is one; the headline stays
// the title.
func TestCaptionDecks(t *testing.T) {
	g := gapTable{list: "knownCaptionDeckGaps", known: knownCaptionDeckGaps}
	for _, h := range captionDeckHeads() {
		g.row(t, h.name, func(t *testing.T, ck checker) {
			a, err := extract.String(h.text(), nil)
			if err != nil {
				t.Fatal(err)
			}
			checkDeckTitle(ck, a, h.title, h.deck)
		})
	}
	g.done(t, len(captionDeckHeads()))
}

// knownCaptionDeckGaps are the rows still read wrong, logged rather than
// failed; a row that comes to read right fails until it leaves the list.
// Written blind (before the deck code was read for them): 5 of the 10
// rows read right; the credits "(AP Photo/Name)" and "Foto: Name/Agency"
// were no credit lines, so the line was taken for the headline, and the
// decks of ten words or more were left to the standfirst mark, which
// keeps the headline and leaves the deck free. 9 since the credit
// line reads "(AP Photo/Name)" (clean/images.go) and the text head reads
// a long deck in the deck's place (longDeckUnder); 10 since the text
// head reads "Foto: Name/Agency" as a photographer's credit no headline
// is (clean's photoLabelLine; the image stage still reads no "Foto:"
// credit line).
var knownCaptionDeckGaps = map[string]bool{}
