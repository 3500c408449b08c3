package clean

import "testing"

// TestPairHeadline: a line and its lower-case continuation, which the
// output prints joined, are read as that one line above the story: joined
// and alone headline-shaped, the first is the headline, the second its
// tail, the line above the kicker; where the first alone is no headline
// the pair is stepped over as a wrapped paragraph.
func TestPairHeadline(t *testing.T) {
	story := "\nThe two ministers met in Tbilisi on Tuesday to discuss the opening of the border and the new road, officials said after the talks!"
	for _, c := range []struct {
		name, src string
		want      map[string]Kind
	}{
		{"both read as a headline", "Baku talks\nMinisters agree on a road link!\nand a rail line too!" + story,
			map[string]Kind{"Baku talks": Kicker, "Ministers agree on a road link!": Title, "and a rail line too!": Title}},
		{"the first alone is none", "Baku\nagrees" + story,
			map[string]Kind{"Baku": Other, "agrees": Other}},
	} {
		res, err := String(c.src, &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range res.Blocks {
			if k, ok := c.want[b.Text]; ok && b.Kind != k {
				t.Errorf("%s: %q is %q (%s), want %q", c.name, b.Text, b.Kind, b.Rule, k)
			}
		}
	}
}
