package clean

import "testing"

// TestPersonNameComma: a word ending in a comma or a colon is no part of a
// person's name ("Doe, Jane" is a list's or a catalogue's order, "Jane,
// Doe" a sentence's start, "Written by:" a label), while the name alone
// and a surname's particle still read.
func TestPersonNameComma(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Doe, Jane", false},
		{"Jane, Mark Doe", false},
		{"Jane Doe,", false},
		{"Written by:", false},
		{"Author: Jane", false},
		{"Jane Doe", true},
		{"Nick van Mead", true},
		{"J. R. Smith", true},
	} {
		if got := isPersonName(c.s); got != c.want {
			t.Errorf("isPersonName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
