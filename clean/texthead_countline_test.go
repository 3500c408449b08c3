package clean

import "testing"

// TestCountLine checks the counters lines and the lines that only look
// like them.
func TestCountLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"3.1K views 10:42", true},
		{"12.4K subscribers", true},
		{"1,204 views · 5 comments", true},
		{"1 204 просмотра", true},
		{"Views 982", true},
		{"۱۲۰ بازدید", true},
		{"3.1K", false},                                       // a number alone
		{"views", false},                                      // a word alone
		{"Bridge reopens to 3,000 views of the river", false}, // a headline's words
		{"10 things the views from the bridge tell us", false},
		{"Five Members Of The Council Resign", false},
	} {
		if got := countLine(c.s); got != c.want {
			t.Errorf("countLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestNumberField checks the fields whose value is a number and the
// headlines with a colon and a number.
func TestNumberField(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"News code: 482913", true},
		{"کد خبر: ۴۸۲۹۱۳", true},
		{"Article ID: 2026-10442", true},
		{"Number of reviews:66", true},
		{"Analysis: 3 reasons the bridge took two years", false}, // a value of words
		{"2026: the year the bridge reopened", false},            // no label
		{"Bridge reopens after 2 years", false},                  // no colon
	} {
		if got := numberField(c.s); got != c.want {
			t.Errorf("numberField(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestCapsDeckUnder checks the pairs of a headline over its sub-headline
// in capitals and the pairs that are not.
func TestCapsDeckUnder(t *testing.T) {
	for _, c := range []struct {
		lo, hi string
		want   bool
	}{
		{"ENGINEERS SAY THE 1880 SPAN WILL CARRY BUSES AGAIN", "Stone bridge over the Weir reopens after two years", true},
		{"EXCLUSIVE", "Stone bridge over the Weir reopens after two years", false},                                                                                       // a label
		{"STONE BRIDGE REOPENS AFTER TWO YEARS", "Weir Valley News", false},                                                                                              // the site's name over a capitals headline
		{"STONE BRIDGE REOPENS AFTER TWO YEARS", "WEIR VALLEY NEWS TODAY ONLINE", false},                                                                                 // both in capitals
		{"FEATURES FOR YOUR BUSINESS", "Reach more customers through digital advertising campaigns that span across search engines and social media. Learn More", false}, // a blurb
		{"Engineers say the span will carry buses again", "Stone bridge over the Weir reopens after two years", false},
	} {
		if got := capsDeckUnder(c.lo, c.hi); got != c.want {
			t.Errorf("capsDeckUnder(%q, %q) = %v, want %v", c.lo, c.hi, got, c.want)
		}
	}
}

// TestCapsHeadingListed checks that a capitals line whose letters a line
// above prints in another case is read as a listed section's heading.
func TestCapsHeadingListed(t *testing.T) {
	p := &Page{blocks: []Block{{Text: "Quick links"}, {Text: "Why was the bridge closed?"}, {Text: "How was it repaired?"}, {Text: "WHY WAS THE BRIDGE CLOSED?"}, {Text: "ENGINEERS SAY THE SPAN WILL CARRY BUSES"}}}
	if !p.capsHeadingListed(3) {
		t.Errorf("%q under its list's entry is not read as listed", p.blocks[3].Text)
	}
	if p.capsHeadingListed(4) {
		t.Errorf("%q, listed nowhere, is read as listed", p.blocks[4].Text)
	}
}
