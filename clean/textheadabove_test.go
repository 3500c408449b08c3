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
