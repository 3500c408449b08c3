package clean

import "testing"

// TestNotPrintedHeadline: a share button's label that opens a new window
// is no headline for titleAbove's branch of the head; a headline that
// mentions windows is.
func TestNotPrintedHeadline(t *testing.T) {
	for s, want := range map[string]bool{
		"Click to print (Opens in new window)":                   true,
		" Click to email a link to a friend (Opens in new tab) ": true,
		"Ferry timetable opens a new window on winter":           false,
		"How the Winter Ferry Timetable Changes":                 false,
		"New windows (and doors) for the old harbour":            false,
	} {
		if got := notPrintedHeadline(s); got != want {
			t.Errorf("notPrintedHeadline(%q) = %v, want %v", s, got, want)
		}
	}
}
