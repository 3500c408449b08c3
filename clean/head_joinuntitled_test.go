package clean

import "testing"

// TestJoinContinuedNoHeadline: on a page where no headline is found, the
// lines above the story that go on in lower case, which titleAbove
// stepped over as one paragraph, are printed joined (marked wrapped), so
// a second pass does not read the short one over the story alone as its
// headline (FuzzIdempotent/5c5892ce98b0ca62). Lines that open with a
// capital are not joined.
func TestJoinContinuedNoHeadline(t *testing.T) {
	const story = "the road opens next year and both countries will share the cost of it, officials said on Tuesday."
	for _, c := range []struct {
		name, page string
		wrapped    bool
	}{
		{"continued in lower case", ", talks go on for now!\nand the ministers said:\n" + story, true},
		{"lines with capitals", ", talks go on for now!\nAnd the ministers said:\nThe" + story[3:], false},
	} {
		res, err := String(c.page, &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Blocks) != 3 {
			t.Fatalf("%s: %d blocks", c.name, len(res.Blocks))
		}
		for _, b := range res.Blocks[1:] {
			if b.Wrapped != c.wrapped {
				t.Errorf("%s: %q wrapped %v, want %v (%+v)", c.name, b.Text, b.Wrapped, c.wrapped, res.Blocks)
			}
		}
	}
}
