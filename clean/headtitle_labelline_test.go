package clean

import "testing"

// TestLabelLine checks the label lines the text head takes for no
// headline (credits, a Hindi byline after its label, a teaser's labelled
// date after its call) and headlines of the same words left alone.
func TestLabelLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Edited by: Tobias Crane", true},
		{"Fact checked by: Omar Bell", true},
		{"Published By: अमित वर्मा", true},
		{"Photographs by: Lena Ash and Paul Merrow", true},
		{"रिपोर्ट: सुनील वर्मा, एडिटेड बाय: अनुज सिंह", true},
		{"Read more - Published 4 March 2025", true},
		{"Leer más | Publicado el 3 de marzo de 2025", true},
		// Left alone: a headline with a colon after other words, a long
		// text after the label, a word that ends in "by" ("Standby"), a
		// label in a cased script (the byline readers'), a labelled date
		// alone or in a byline (the date and author readers'), a headline
		// with a dash and a date.
		{"Edited by robots: how the harbour paper changed", false},
		{"Written by: the islanders who kept the night ferry running through the storm of the winter", false},
		{"Standby: ferries wait out the gale", false},
		{"Автор: Ирина Волкова", false},
		{"Published 4 March 2025", false},
		{"Started by Jane Doe, June 4, 2024, 11:23 AM", false},
		{"Ferry fares rise - what changes on 4 March 2025", false},
		{"बंदरगाह पर नया पुल खुला", false},
	} {
		if got := labelLine(c.s); got != c.want {
			t.Errorf("labelLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestDeskPlaceLine checks a desk's credit with its place after a comma,
// and lines of the same shape that are no desk's.
func TestDeskPlaceLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"News Desk, Lucknow", true},
		{"न्यूज डेस्क, अमर नगर", true},
		{"Metro Desk, Harbour Times, Eastport", true},
		{"Standing desks, reviewed", false},
		{"News Desk", false},
		{"The new desk of the harbour master, opened after a long wait in the rain", false},
	} {
		if got := deskPlaceLine(c.s); got != c.want {
			t.Errorf("deskPlaceLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestWordCountIndicMarks checks that the vowel signs and viramas of
// India's scripts stay inside their words, and that Thai, written without
// spaces, still counts its runs between marks.
func TestWordCountIndicMarks(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"राज्य", 1},
		{"शहर में नई बस सेवा शुरू", 6},
		{"নতুন সেতু খুলল", 3},
		{"புதிய பாலம் திறப்பு", 3},
		{"Harbour ferry", 2},
	} {
		if got := wordCount(c.s); got != c.want {
			t.Errorf("wordCount(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	if wordCount("สะพานเก่าเปิดใช้") < 2 {
		t.Errorf("wordCount of a Thai line counts it as one word: its runs between marks are its words")
	}
}
