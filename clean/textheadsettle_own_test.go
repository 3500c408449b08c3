package clean

import "testing"

// TestSettleOwnHeadline checks that on text whose outlet only a
// fingerprint names (here the date line's form), a headline-shaped line
// between the outlet's headline and the story, which a second pass over
// the output (no fingerprint left) would take for the headline, is the
// deck; and that with the outlet named by the address nothing is settled
// (the second pass knows the outlet too).
func TestSettleOwnHeadline(t *testing.T) {
	src := "POLITICS\u00a0\u00a05 March 2024 - 14:07\nMinisters agree on a road link\nTalks go on for now!\n" +
		"The two ministers met in Baku on Tuesday, officials said after the long talks there, and agreed on a road.\n"
	for _, c := range []struct {
		url  string
		want Kind
	}{{"", Deck}, {"https://caliber.az/en/post/ministers-agree", Body}} {
		res, err := Text([]byte(src), &Options{URL: c.url, Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var title, under *Block
		for i := range res.Blocks {
			switch res.Blocks[i].Text {
			case "Ministers agree on a road link":
				title = &res.Blocks[i]
			case "Talks go on for now!":
				under = &res.Blocks[i]
			}
		}
		if title == nil || under == nil || title.Kind != Title {
			t.Fatalf("url %q: the headline or the line under it is missing, or not the headline: %+v", c.url, res.Blocks)
		}
		if under.Kind != c.want {
			t.Errorf("url %q: the line under the headline is %q, want %q", c.url, under.Kind, c.want)
		}
	}
}

// TestSettleTextHeadFingerprint checks that on text whose outlet only a
// fingerprint names (here a line that names the site), the date line under the headline that a second pass without the
// outlet reads is read here too.
func TestSettleTextHeadFingerprint(t *testing.T) {
	src := "Ministers agree on a road link\nArminfo.info\nPosted Nov 5, 2024\n"
	res, err := Text([]byte(src), &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outlet.From != "fingerprint" {
		t.Fatalf("outlet %+v, want one named by a fingerprint", res.Outlet)
	}
	var kinds []Kind
	for _, b := range res.Blocks {
		kinds = append(kinds, b.Kind)
	}
	if len(kinds) != 3 || kinds[2] != Date {
		t.Errorf("kinds %q, want the last line a date line", kinds)
	}
}
