package clean

import "testing"

// TestSettleAboveStory: a line between the headline and the story that the
// outside-story stage did not reach (a repeat of the headline stood
// between) is taken out, as a second pass over the output would.
func TestSettleAboveStory(t *testing.T) {
	src := "Ministers agree on a road link\n\nMinisters agree on a road link Both governments signed the deal on Monday.\nForeign policy\nMarch 5, 2024 14:07\nMinisters agree on a road link\n\nThe two ministers met in Tbilisi on Tuesday to discuss the opening of the border and the new road, officials said after the talks.\n\nThe road will open next year, the ministry said in a statement on Wednesday."
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Text == "Foreign policy" && b.Kind != Other {
			t.Errorf("%q is %s (%s), want other", b.Text, b.Kind, b.Rule)
		}
	}
}

// TestLateSummary: a summary paragraph over a byline and a date line, then
// the story with a dateline that credits an agency: the second pass reads
// the summary right above the dateline and makes it the deck, so the first
// pass does too.
func TestLateSummary(t *testing.T) {
	src := "Ministers agree on a road link\n\nSince the first talks, both sides have kept the road on the agenda of every meeting of their ministers.\n\nBy Jane Doe\n\nFriday, November 14, 2025\n\nTBILISI (Reuters) -- The two ministers met in Tbilisi on Tuesday to discuss the opening of the border and the new road, officials said.\n\nThe road will open next year, the ministry said in a statement on Wednesday."
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]Kind{}
	for _, b := range res.Blocks {
		kinds[b.Text] = b.Kind
	}
	if k := kinds["Since the first talks, both sides have kept the road on the agenda of every meeting of their ministers."]; k != Deck {
		t.Errorf("the summary is %q, want deck", k)
	}
	if k := kinds["TBILISI (Reuters) --"]; k != Dateline {
		t.Errorf("the dateline is %q, want dateline (kinds %v)", k, kinds)
	}
}

// TestWrappedOutside: a hard-wrapped line under a line left out as outside
// the story goes with it, where the output would print it alone over the
// story (FuzzIdempotent/6d3b86296fb648ff); one under a line the output
// keeps stays.
func TestWrappedOutside(t *testing.T) {
	story := "\nThe two ministers met in Tbilisi on Tuesday to discuss the opening of the border and the new road, officials said after the talks."
	for _, c := range []struct {
		name, src, line string
		want            Kind
	}{
		{"a short wrapped line", "Road link deal signed 01 May 2024 - 10:00\nA 12\nand one more here!" + story, "and one more here!", Other},
		{"a wrapped line under a line kept", "Road link deal signed 01 May 2024 - 10:00\nA 12\nand the two ministers met in Tbilisi on Tuesday to talk about the border, officials said." + story, "and the two ministers met in Tbilisi on Tuesday to talk about the border, officials said.", Body},
	} {
		res, err := String(c.src, &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range res.Blocks {
			if b.Text == c.line && b.Kind != c.want {
				t.Errorf("%s: %q is %s (%s), want %s", c.name, b.Text, b.Kind, b.Rule, c.want)
			}
		}
	}
}
