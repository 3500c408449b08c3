package clean

import "testing"

// TestDropRoleLines checks that a byline element's lines that give a job's
// title alone are dropped after the name, and that nothing else is.
func TestDropRoleLines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"By Odile Marchetti\nSenior Transport Correspondent", "By Odile Marchetti"},
		{"Kwabena Osei\nPolitical Editor", "Kwabena Osei"},
		{"Von Jonte Wiese\nRedakteurin Lokales", "Von Jonte Wiese"},
		{"By Odile Marchetti\nSenior Reporter\nJune 3, 2025", "By Odile Marchetti\nJune 3, 2025"},
		{"By Odile Marchetti\nJune 3, 2025", "By Odile Marchetti\nJune 3, 2025"}, // a date is no title
		{"By\nOdile Marchetti", "By\nOdile Marchetti"},                           // the label over the name
		{"Senior Reporter\nOdile Marchetti", "Senior Reporter\nOdile Marchetti"}, // the title first: left to the readers
		{"By Odile Marchetti", "By Odile Marchetti"},
		{"By Ann Head\nAnn Head", "By Ann Head\nAnn Head"}, // a surname that is a role's word is no title
		{"", ""},
	} {
		if got := dropRoleLines(c.in); got != c.want {
			t.Errorf("dropRoleLines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
