package clean

import "testing"

// TestKickerAtOneTopic checks that a short topic line right above the
// headline is its kicker, and that a menu strip of the same length, its
// words set apart by bars or dots, is not.
func TestKickerAtOneTopic(t *testing.T) {
	story := "The city council approved a new budget on Tuesday after a long debate about the cost of roads and schools in the district."
	for _, tc := range []struct {
		line   string
		kicker bool
	}{
		{"Local Elections 2026", true},
		{"Home | World | Business | Sport", false},
		{"News · Politics · Europe", false},
		{"Home • Local • Schools", false},
	} {
		p, _ := textTestPage([]string{tc.line, "Council approves new budget for the coming year", story})
		p.kickerAt(0)
		if got := p.blocks[0].Kind == Kicker; got != tc.kicker {
			t.Errorf("%q: kicker = %v, want %v", tc.line, got, tc.kicker)
		}
	}
}
