package clean

import "testing"

// TestSettleStandfirst checks that the story's first paragraph under the
// headline, over a byline the head takes out and a date line it leaves,
// is the deck and the date line clutter, as the dates stage reads the
// output without the byline; without a date line under it, it stays in
// the body.
func TestSettleStandfirst(t *testing.T) {
	lede := "Since the first talks, both sides have kept the road on the agenda of every meeting of their ministers."
	story := "The two ministers met in Baku on Tuesday, officials said after the long talks there, and agreed on a road."
	for _, c := range []struct {
		name, date string
		want       Kind
	}{{"a date line", "Friday, November 14, 2.00", Deck}, {"no date line", "Talks go on", Body}} {
		src := "Ministers agree on a road link\n\n" + lede + "\n\nBy Jane Doe\n\n" + c.date + "\n\n" + story + "\n"
		res, err := Text([]byte(src), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var got Kind = "missing"
		for _, b := range res.Blocks {
			if b.Text == lede {
				got = b.Kind
				if got == "" {
					got = Body
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: the paragraph is %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSettleStandfirstBetween checks the lines printed between the date
// line and the story once the story's first paragraph is the deck: a line
// without words there is outside the story, as a second pass reads it
// (FuzzIdempotent/d4e9688c5a8662c6); a sentence there stays in the body.
func TestSettleStandfirstBetween(t *testing.T) {
	lede := "Since the first talks, both sides have kept the road on the agenda of every meeting of their ministers."
	story := "The two ministers met in Baku on Tuesday, officials said after the long talks there, and agreed on a road."
	for _, c := range []struct {
		name, line string
		want       Kind
	}{
		{"a line without words", "00000000000000000000000000000000000000000", Other},
		{"a sentence", "Both sides signed the deal in the evening.", Body},
	} {
		src := "Ministers agree on a road link\n" + lede + "\nBy Jane Doe\nFriday, November 14, 2.00\n" + c.line + "\n" + story + "\n"
		res, err := Text([]byte(src), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var got, deck Kind = "missing", "missing"
		for _, b := range res.Blocks {
			switch b.Text {
			case c.line:
				got = b.Kind
			case lede:
				deck = b.Kind
			}
		}
		if got == "" {
			got = Body
		}
		if deck != Deck || got != c.want {
			t.Errorf("%s: the paragraph is %q, the line %q, want the deck and %q", c.name, deck, got, c.want)
		}
	}
}
