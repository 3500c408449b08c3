package clean

import "testing"

// TestContinuesAfterOpeningMark: a line that opens with a quotation mark
// or a bracket before a lower-case word (“transitions”: ..., (see ...)
// goes on from the line above; one that opens with a mark and a capital
// starts a sentence of its own. The first line of a hard-wrapped blog
// paragraph whose second line opens so is then no headline (a WCXB train
// page took it for one, the paragraph's second line for the story's first).
func TestContinuesAfterOpeningMark(t *testing.T) {
	const above = "One thing we are keen on is running the late boat on Fridays"
	for _, c := range []struct {
		next string
		want bool
	}{
		{"“late boats”: runs that leave after the last train, so that", true},
		{"(and the early ones) at the weekends, which the", true},
		{"«navettes» du soir, qui partent après le dernier train", true},
		// Left alone.
		{"“Late Boats” Start on Friday", false},
		{"(Photo: Jane Doe)", false},
		{"", false},
	} {
		p, _ := textTestPage([]string{above, c.next})
		if got := p.continues(0, 1); got != c.want {
			t.Errorf("continues(%q, %q) = %v, want %v", above, c.next, got, c.want)
		}
	}
}
