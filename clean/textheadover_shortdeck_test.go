package clean

import "testing"

// TestShortDeckHead checks the head of a headline, a short deck under it
// and the byline: the upper line is the title and the lower the deck; a
// line under the headline that is a date line, a caption with its credit,
// a link's label or a headline's two halves is no deck, a row of menu
// words in lower case over a headline is no headline, and a third line
// over the pair (a list of highlights) leaves the lower line the title.
func TestShortDeckHead(t *testing.T) {
	story := "\n\nThe council voted on Tuesday to fund the line from next year's budget, ending a debate that ran for most of the autumn.\n\n" +
		"Officials said work would begin in the spring and take about eighteen months, with two public meetings on the plans in January.\n"
	for _, c := range []struct {
		name, head, title, deck string
	}{
		{"a short deck over a byline", "Council approves new ferry link\nCrossing to start running next summer\nBy Jane Doe\nMarch 4, 2025", "Council approves new ferry link", "Crossing to start running next summer"},
		{"a short deck over a name and a date", "Council approves new ferry link\nCrossing to start running next summer\nJane Doe\nMarch 4, 2025", "Council approves new ferry link", "Crossing to start running next summer"},
		{"a short deck over a date line", "Council approves new ferry link\nResidents and delivery vans are exempt\n4 March 2025", "Council approves new ferry link", "Residents and delivery vans are exempt"},
		// Left alone: no deck taken.
		{"a headline's two halves under a kicker", "Share your local story\nFerry link approved – what it means for you\nMarch 4, 2025", "Ferry link approved – what it means for you", ""},
		{"a row of menu words in lower case over a headline in sentence case", "Jane Rivera\n\nTransit Reporter in Porto\n\nhome newsletter blog archive mastodon contact\n\nConfigure your ferry pass with .transit\nDec 19, 2025\n\n#technical\n#work", "Configure your ferry pass with .transit", ""},
		{"a list of highlights", "Residents will be asked for their views\nCouncil approves new ferry link\nCrossing to start running next summer\nBy Jane Doe\nMarch 4, 2025", "Crossing to start running next summer", ""},
	} {
		res, err := Text([]byte(c.head+story), nil)
		if err != nil {
			t.Fatal(err)
		}
		var title, deck string
		for _, b := range res.Blocks {
			switch b.Kind {
			case Title:
				title = b.Text
			case Deck:
				deck = b.Text
			}
		}
		if title != c.title || deck != c.deck {
			t.Errorf("%s: title %q, deck %q; want %q, %q", c.name, title, deck, c.title, c.deck)
		}
	}
}

// TestDeckSentence checks the lines a short deck cannot be.
func TestDeckSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"Crossing to start running next summer":          true,
		"Die Bauarbeiten sollen im Frühjahr beginnen":    true,
		"by Jane Doe | Apr 21, 2025":                     false,
		"Last updated: Jul 22, 2021":                     false,
		"Snow covers the road near the summit (Reuters)": false,
		"Ferry link approved – what it means for you":    false,
		"Par Le Courrier du Val avec AFP":                false,
		"Guest post by Jane Doe":                         false,
		"September 12, 2025 and the long wait":           false,
	} {
		if got := deckSentence(s); got != want {
			t.Errorf("deckSentence(%q) = %v, want %v", s, got, want)
		}
	}
}
