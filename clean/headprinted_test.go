package clean

import "testing"

// TestHeadPrintedFirst checks that the headline is looked for above the
// story's first paragraph as the output prints it: a line that reads as
// prose only with the hard-wrapped line under it, which another stage
// took out, is printed alone, not as prose, and the headline is the line
// above the paragraph that follows.
func TestHeadPrintedFirst(t *testing.T) {
	story := "The harbour office said on Monday that the late ferry will keep running on Fridays through the winter months."
	lines := []string{
		"Other stories", "Curing Sore Feet with Hot Baths",
		"Join our readers' group on the web, just click here:",
		"https://example.com/groups/readers and ask to join the group today, it takes a minute.",
		"Ferry Timetable Changes This Winter", story,
	}
	p, _ := textTestPage(lines)
	p.blocks[3].Wrapped = true
	p.blocks[3].Kind, p.blocks[3].Rule = Other, "model/text"
	if got := p.printedFirst(); got != 5 {
		t.Errorf("printedFirst = %d, want 5", got)
	}
	p.detectHead()
	if got := titleIndex(p.blocks); got != 4 {
		t.Errorf("the headline is %d (%q), want 4", got, lines[max(got, 0)])
	}
}
