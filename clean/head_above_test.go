package clean

import "testing"

// TestTitleAboveSkipsName checks that a name or a role of a few words
// between the headline and the story is not taken for the headline when a
// longer headline-shaped line stands above it, and that a short headline
// with nothing longer above it still is.
func TestTitleAboveSkipsName(t *testing.T) {
	story := "Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard."
	lines := []string{"Guides", "How to Price a Garden Shed Repair", "Maria Wrenley", "Senior Editor", story}
	p, _ := textTestPage(lines)
	if got := p.titleAbove(4); got != 1 {
		t.Errorf("titleAbove = %d (%q), want 1", got, lines[max(got, 0)])
	}
	short := []string{"Home", "Harbour Ferry Returns", story}
	p, _ = textTestPage(short)
	if got := p.titleAbove(2); got != 1 {
		t.Errorf("titleAbove = %d, want 1 (a short headline alone)", got)
	}
}
