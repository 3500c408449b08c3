package clean

import "testing"

// TestOpensCut: a line opening with a comma, colon or semicolon is cut
// from a sentence; other punctuation and letters open a headline.
func TestOpensCut(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{", Global Desk", true},
		{": Setup the tunnel", true},
		{"; and more", true},
		{"Talks go on", false},
		{"\"Quoted\" headline", false},
		{"(AP) Talks", false},
		{"", false},
	} {
		if got := opensCut(c.line); got != c.want {
			t.Errorf("opensCut(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
