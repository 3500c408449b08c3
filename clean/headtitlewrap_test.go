package clean

import "testing"

// TestTitleAboveSkipsWrapped checks that the lines of a hard-wrapped
// paragraph the wrap detector missed (uneven widths, broken at links)
// are no headline: a line that the next line's lower-case opening
// continues, or that opens in lower case under another, is stepped over
// and the headline above the paragraph is found.
func TestTitleAboveSkipsWrapped(t *testing.T) {
	story := "Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard."
	lines := []string{
		"Harbour notes", "Ferry Timetable Changes This Winter",
		"We announced a new timetable for", "the island ferries", "recently (see the", "news page).",
		"One thing we are keen on is running the late boat on Fridays", "so that visitors can stay for dinner. As I said at the", "meeting:",
		story,
	}
	p, _ := textTestPage(lines)
	if got := p.titleAbove(9); got != 1 {
		t.Errorf("titleAbove = %d (%q), want 1", got, lines[max(got, 0)])
	}
}
