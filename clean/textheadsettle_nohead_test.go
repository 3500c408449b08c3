package clean

import "testing"

// TestSettleDatelineNoHeadline checks that on a page without a headline a
// summary and the agency's dateline under it, which a line the phrases
// stage took out kept apart, are split as the dateline stage splits them
// on the text output (the summary is the deck); and that the rest of the
// dateline's line is read by the phrases stage as a line of its own.
func TestSettleDatelineNoHeadline(t *testing.T) {
	summary := "The two ministers met in Moscow on Tuesday, officials said after the long talks there."
	for _, c := range []struct {
		name, rest string
		kind       Kind
	}{
		{"a paragraph", "The talks will go on next week, both sides said in a statement on Wednesday.", Body},
		{"figures", "0 0 0 0 0 0 0 0 0 0", Other},
	} {
		res, err := Text([]byte(summary+"\n---\nMOSCOW (Reuters) - "+c.rest+"\n"), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var kinds []Kind
		for _, b := range res.Blocks {
			kinds = append(kinds, b.Kind)
		}
		if want := []Kind{Deck, Other, Dateline, c.kind}; len(kinds) != len(want) || kinds[0] != want[0] || kinds[2] != want[2] || kinds[3] != want[3] {
			t.Errorf("%s: kinds %q, want %q", c.name, kinds, want)
		}
	}
}
