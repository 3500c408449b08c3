package clean

import "testing"

// TestSectionName checks which short lines over a headline read as a
// section's name: one or two words ending in a section's word, the first
// no article, preposition, negation or possessive.
func TestSectionName(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Business", true},
		{"Local news", true},
		{"World Sports", true},
		{"Lokale Nachrichten", true},
		{"Good News", true},
		// a short headline
		{"The News", false},
		{"No News", false},
		{"On Business", false},
		{"Keine Nachrichten", false},
		{"Sin noticias", false},
		{"The Good News", false},
		{"Back to Business", false},
		// a possessive opens a short headline (reviewer note of session 48)
		{"Your Business", false},
		{"Our News", false},
		{"My Sport", false},
		{"Unsere Nachrichten", false},
		{"Vos actualités", false},
		{"Nuestras noticias", false},
		{"Onze nieuws", false},
		{"Local Weather", false},
		// a region's code in capitals is no possessive (reviewer revA76);
		// a line all in capitals tells nothing
		{"SA News", true},
		{"NSW Politics", true},
		{"MY NEWS", false},
		{"YOUR Business", false},
		{"", false},
	} {
		if got := sectionName(c.s); got != c.want {
			t.Errorf("sectionName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
