package clean

import "testing"

// TestSettleHeadBetween checks that a headline-shaped line the output
// would print between the headline and the story (a question, kept as a
// sentence) is the deck, not a body line a second pass takes for the
// headline; and that a long standfirst under the headline, which that
// pass steps over to the headline, is left in the body.
func TestSettleHeadBetween(t *testing.T) {
	para := "The two ministers met in Baku on Tuesday and talked for hours about the new road link, officials said."
	for _, c := range []struct {
		name, line string
		want       Kind
	}{
		{"a question", "Will the road open next year?", Deck},
		{"a standfirst", "Will the new road between the two countries open by the end of next year?", Body},
	} {
		page := "Ministers agree on a road link\n\nMinisters agree on a road link Both governments signed the deal on Monday.\nForeign policy\nMarch 5, 2024 14:07\n" + c.line + "\n\n" + para + "\n"
		res, err := Text([]byte(page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		got := kindOfText(res, c.line)
		if got != c.want {
			t.Errorf("%s: %q is %s, want %s (%+v)", c.name, c.line, got, c.want, res.Blocks)
		}
	}
}

// TestPrintedBetweenWrappedOutside checks the head-settle walk between the
// headline and the story: a hard-wrapped line left under a line taken out
// above the story (its last line a byline the head took) is printed alone
// there, a short line a second pass leaves out, and is left out here too;
// the same lines read as a paragraph of prose stay in the body.
func TestPrintedBetweenWrappedOutside(t *testing.T) {
	para := "The two ministers met in Moscow on Tuesday, officials said after the talks in the city."
	wrapped := "any day of the week and, typically, at any hour. The ministry can usually be"
	for _, c := range []struct {
		name, last string
		want       Kind
	}{
		{"under a line left out", "reached by Jane Doe, e-mail, and/or phone.", Other},
		{"in a paragraph", "reached by phone.", Body},
	} {
		page := "Ministers agree on a road link\n\nMINISTERS AGREE\n\nThe big difference in the new deal is that both sides can now send goods by the road\n" + wrapped + "\n" + c.last + "\n\n" + para + "\n\n" + para + "\n"
		res, err := Text([]byte(page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		got := kindOfText(res, wrapped)
		if got != c.want {
			t.Errorf("%s: the wrapped line is %s, want %s (%+v)", c.name, got, c.want, res.Blocks)
		}
	}
}

// TestSettleHeadBetweenMore checks a headline found over a date line with
// two headline-shaped lines printed between it and the story (an
// exclamation above the date line, one under it): the first is the deck,
// the second taken out, so the output prints the headline right above the
// story and a second pass reads it again
// (FuzzIdempotent/342b9c400a33ac5f). Two lines that end in a full stop,
// which no pass takes for a headline, stay in the body, and so do the two
// with a sentence printed between them (the story's opening lines).
func TestSettleHeadBetweenMore(t *testing.T) {
	para := "The two ministers met in Moscow on Tuesday, officials said after the talks. The road opens next year and more will follow."
	for _, c := range []struct {
		name, above, mid, under string
		want                    [2]Kind
	}{
		{"two exclamations", "Watch the video here!", "", "All our coverage of the talks!", [2]Kind{Deck, Other}},
		{"two sentences", "Watch the video here.", "", "All our coverage of the talks.", [2]Kind{Body, Body}},
		{"a sentence between", "Watch the video here!", "Today is your lucky day, friends.\n", "All our coverage of the talks!", [2]Kind{Body, Body}},
	} {
		page := "Ministers agree on a road link for now\n" + c.above + "\nMay 1, 2024\n" + c.mid + c.under + "\n" + para + "\n"
		res, err := Text([]byte(page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var got [2]Kind
		for _, b := range res.Blocks {
			switch b.Text {
			case "Ministers agree on a road link for now":
				if b.Kind != Title {
					t.Errorf("%s: the headline is %s", c.name, b.Kind)
				}
			case c.above:
				got[0] = b.Kind
			case c.under:
				got[1] = b.Kind
			}
		}
		if got[0] == "" {
			got[0] = Body
		}
		if got[1] == "" {
			got[1] = Body
		}
		if got != c.want {
			t.Errorf("%s: the lines are %v, want %v (%+v)", c.name, got, c.want, res.Blocks)
		}
	}
}
