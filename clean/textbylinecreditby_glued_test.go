package clean

import "testing"

// TestGluedLabelStart checks where a maker's label glued to a co-writer's
// name begins, and the segments it leaves to creditLabelWords: the label
// alone or with a word that qualifies it ("Cover Art"), one word before
// the label, a last word no credit labels a maker with.
func TestGluedLabelStart(t *testing.T) {
	for _, c := range []struct {
		seg  string
		want int
	}{
		{" Bo Kim Graphics", len(" Bo Kim ")},
		{" Bo Kim Maps and graphics", len(" Bo Kim ")},
		{" Bo Kim Video", len(" Bo Kim ")},
		{" Bo Kim Staff Photo", len(" Bo Kim ")},
		{" Bo Kim cover art", len(" Bo Kim ")},
		// left to creditLabelWords
		{" Graphics", -1},
		{" Maps and graphics", -1},
		{" Bo Kim", -1},
		{" bo kim Graphics", -1},
		{" Bo 2 Kim Graphics", -1},
		{" Cover Art", -1},
		{" Staff Photo", -1},
		{" Additional Reporting", -1},
		{" Madonna Graphics", -1},
		{" Bo Kim and Graphics", -1},
	} {
		if got := gluedLabelStart(c.seg); got != c.want {
			t.Errorf("gluedLabelStart(%q) = %d, want %d", c.seg, got, c.want)
		}
	}
}
