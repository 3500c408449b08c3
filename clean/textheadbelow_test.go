package clean

import "testing"

// TestSettleBelowStory checks that the rest of a line whose dateline the
// head-settle stage splits off under a summary (which becomes the deck) is
// left out when it reads as no sentence, as a second pass over the text
// output leaves it out below the dateline, and kept when it is one.
func TestSettleBelowStory(t *testing.T) {
	summary := "The two ministers agreed on a road link between both countries after long talks on Tuesday!\n---\n"
	for _, c := range []struct {
		name, page string
		out        bool
	}{
		{"no sentence", summary + "BAKU (Reuters) Road link talks in Baku, day two: photos and video", true},
		{"a sentence", summary + "BAKU (Reuters) Road link talks went on in Baku for a second day.", false},
	} {
		res, err := Text([]byte(c.page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		n := len(res.Blocks)
		if n != 4 || res.Blocks[2].Kind != Dateline {
			t.Fatalf("%s: blocks %+v, want the dateline third of 4", c.name, res.Blocks)
		}
		if b := res.Blocks[3]; (b.Rule == "generic/outside-story") != c.out {
			t.Errorf("%s: the rest of the line is %s (%s), want outside the story %v", c.name, b.Kind, b.Rule, c.out)
		}
	}
}
