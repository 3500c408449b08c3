package clean

import "testing"

// TestMemberLine checks the lines of a forum poster's card, and lines
// that open with the same words and are none.
func TestMemberLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Joined: Mon Jan 02, 2017 3:10 pm", true},
		{"Joined: 19. Sep 2012, 16:52", true},
		{"Joined 2023", true},
		{"Join Date: Aug 2008", true},
		{"Member since March 2017", true},
		{"Registered: 2011-11-29", true},
		{"Posts: 1,184", true},
		{"Messages: 52", true},
		{"Joined forces to rebuild the bridge in 2024", false},
		{"Registered agent", false},
		{"Registered Office Address: 645 Fifth Avenue", false},
		{"Posts: the best of the week", false},
		{"Posted: 12 Mar 2024", false},
		{"Member News: March 2017 awards", false},
	} {
		if got := memberLine(c.s); got != c.want {
			t.Errorf("memberLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
