package clean

import (
	"slices"
	"testing"
)

// TestSettleTitleRepeat checks that the headline glued to the story's
// first paragraph is split off when a line the output leaves out (a row
// of digits) stood between them at the title-repeat stage: the output
// prints the two one under the other, where a second pass splits them.
func TestSettleTitleRepeat(t *testing.T) {
	page := "Ministers agree on a road link\n00000000000000000000\nMinisters agree on a road link The two ministers met in Baku on Tuesday and talked for hours about the new road link.\n"
	res, err := Text([]byte(page), &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		kind Kind
		text string
	}{
		{Title, "Ministers agree on a road link"},
		{Other, "00000000000000000000"},
		{Title, "Ministers agree on a road link"},
		{Body, "The two ministers met in Baku on Tuesday and talked for hours about the new road link."},
	}
	if len(res.Blocks) != len(want) {
		t.Fatalf("%d blocks %+v, want %d", len(res.Blocks), res.Blocks, len(want))
	}
	for i, w := range want {
		if b := res.Blocks[i]; b.Kind != w.kind || b.Text != w.text {
			t.Errorf("block %d: %s %q, want %s %q", i, b.Kind, b.Text, w.kind, w.text)
		}
	}
	// A paragraph that opens with the headline's words and goes on in
	// lower case is no repeat.
	page = "Ministers agree on a road link\n00000000000000000000\nMinisters agree on a road link between the two countries after long talks in Baku on Tuesday.\n"
	if res, err = Text([]byte(page), &Options{Disable: []string{"model"}}); err != nil {
		t.Fatal(err)
	}
	if n := len(res.Blocks); n != 3 {
		t.Errorf("lower case after the headline's words: %d blocks %+v, want 3", n, res.Blocks)
	}
}

// TestSettleTitleRepeatRest checks that what follows the headline's copy
// on its line, split off in the head-settle stage, is read as the line of
// its own the output prints it on: a list's header ("POPULAR") with the
// headline under it, a line without words, a credit, a date line and a dateline are
// read as on a second pass; a sentence stays in the body.
func TestSettleTitleRepeatRest(t *testing.T) {
	head := "Ministers agree on a road link\n00000000000000000000\nMinisters agree on a road link "
	for _, c := range []struct {
		name, rest string
		kinds      []Kind // the blocks after the copy's
	}{
		{"a list's header", "POPULAR\nBridge to open in May\n", []Kind{Latest, Latest}},
		{"no words", "0 0 0\n", []Kind{Other}},
		{"a photo's credit", "Photo by Jane Doe\n", []Kind{Credit}},
		{"a wire's credit", "Source: Reuters\n", []Kind{Signoff}},
		{"a date line", "May 5, 2024\n", []Kind{Date}},
		{"a dateline", "MOSCOW (Reuters) -\nThe two ministers met in Moscow on Tuesday, officials said after the talks.\n", []Kind{Dateline, Body}},
		{"a sentence", "Both sides signed the deal.\n", []Kind{Body}},
	} {
		res, err := Text([]byte(head+c.rest), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var kinds []Kind
		for _, b := range res.Blocks[min(3, len(res.Blocks)):] {
			kinds = append(kinds, b.Kind)
		}
		if len(res.Blocks) < 3 || res.Blocks[2].Rule != "generic/duplicate" || !slices.Equal(kinds, c.kinds) {
			t.Errorf("%s: blocks %+v, want the copy split off and then %q", c.name, res.Blocks, c.kinds)
		}
	}
}

// TestRestOutletDateline checks that the rest of the headline's copy that
// is a dateline only by the form of the outlet its line alone names by
// fingerprint is the page's dateline, and the outlet the page's, as a
// second pass over the output reads them; with an address naming no
// outlet, the rest is left alone.
func TestRestOutletDateline(t *testing.T) {
	src := "Ministers agree on a road link\nMay 5, 2024 14:07\nMinisters agree on a road link ANKARA-Anadolu Agency\n\nRoad opens in May\n\nBridge closed\n"
	for _, c := range []struct {
		url    string
		want   Kind
		outlet string
	}{{"", Dateline, "fingerprint"}, {"https://example.org/news/road-link", Body, "url"}} {
		res, err := Text([]byte(src), &Options{URL: c.url, Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var rest *Block
		for i := range res.Blocks {
			if res.Blocks[i].Text == "ANKARA-Anadolu Agency" {
				rest = &res.Blocks[i]
			}
		}
		if rest == nil {
			t.Fatalf("url %q: the rest is not a block of its own: %+v", c.url, res.Blocks)
		}
		if rest.Kind != c.want || res.Outlet.From != c.outlet {
			t.Errorf("url %q: the rest is %q, the outlet from %q; want %q, %q", c.url, rest.Kind, res.Outlet.From, c.want, c.outlet)
		}
	}
}
