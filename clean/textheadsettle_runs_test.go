package clean

import "testing"

// TestSettleHeadlineRuns checks that a run of dated headlines broken, on
// the page, by lines another stage took out (a tag over each item) is
// labelled as the lists stage labels it on the text output, where those
// lines are gone; and that the story and the headline above the run are
// left alone.
func TestSettleHeadlineRuns(t *testing.T) {
	story := "The harbour office said on Monday that the late ferry will keep running on Fridays through the winter months."
	lines := []string{
		"Ferry Timetable Changes This Winter", story, "Harbour Opens New Pier",
		"Fact Check", "12 November 2019", "Ferry Fares Go Up",
		"Fact Check", "8 October 2019", "Island Bus Route Changes",
		"Fact Check", "1 November 2019", "Storm Closes the Harbour Road",
	}
	p, _ := textTestPage(lines)
	p.blocks[0].Kind = Title
	for _, i := range []int{3, 6, 9} {
		p.blocks[i].Kind, p.blocks[i].Rule = Other, "model/text"
	}
	p.detectHeadlineRuns()
	if p.blocks[4].Kind != "" {
		t.Fatalf("the lists stage labelled the broken run: %q is %q", lines[4], p.blocks[4].Kind)
	}
	p.settleHeadlineRuns()
	for i, l := range lines {
		want := Kind("")
		switch {
		case i == 0:
			want = Title
		case i == 3 || i == 6 || i == 9:
			want = Other
		case i >= 4:
			want = HeadlineList
		}
		if got := p.blocks[i].Kind; got != want {
			t.Errorf("%q: %q, want %q", l, got, want)
		}
	}
}

// TestSettleHeadlineRunsTwoStamps checks that two stamps alone make no run:
// the header that lets the lists stage take two is never printed.
func TestSettleHeadlineRunsTwoStamps(t *testing.T) {
	lines := []string{"Fact Check", "12 November 2019", "Ferry Fares Go Up", "Fact Check", "8 October 2019", "Island Bus Route Changes"}
	p, _ := textTestPage(lines)
	p.blocks[0].Kind, p.blocks[3].Kind = Other, Other
	p.settleHeadlineRuns()
	for i := range lines {
		if k := p.blocks[i].Kind; k == HeadlineList {
			t.Errorf("%q labelled a headline list", lines[i])
		}
	}
}
