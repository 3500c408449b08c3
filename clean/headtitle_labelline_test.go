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
		// A teaser's call or a post's kind in one word before the date,
		// whichever separator comes first; a headline with a date glued
		// after a dash is none, nor a call past maxCallBytes.
		{"Continue reading | Published 2 June 2024", true},
		{"Column - Published: 2024.06.02", true},
		{"Keep reading – Published 4 March 2025 - Harbour", false},
		{"Read more – Published 4 March 2025 - Harbour", true},
		{"Lighthouse keeper retires - Published 2 June 2024", false},
		{"Grundsteuererklärungsfristverlängerungen - Published 2 June 2024", false},
		// A headline whose words after "by:" read as no names.
		{"Stand by: Ferry crews brace for a night of gales", false},
		{"Hit by: The Storm Nobody Forecast", false},
		{"Driven by: How Tides Power the Mill", false},
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
		{"Tidy your desk, the new manager tells staff", false},
		{"Standing desk, reviewed", false},
		{"Sports Desk, Eastport", true},
		{"News Desk", false},
		{"Politics & Policy Desk, Washington", true}, // a mark between its words
		{"Arts + Culture Desk, Eastport", true},
		{"Standing & sitting desk, reviewed", false},
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
		{"क्\u200dष", 1},
		{"नई क्\u200dषमता योजना", 3},
		{"می\u200cروند به بندر", 3},
		{"\u200dpier", 1},
	} {
		if got := wordCount(c.s); got != c.want {
			t.Errorf("wordCount(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	if wordCount("สะพานเก่าเปิดใช้") < 2 {
		t.Errorf("wordCount of a Thai line counts it as one word: its runs between marks are its words")
	}
}

// TestCreditLabelLine checks a credit's label and the names after its
// colon: the label's "by" after any white space, at most four words of
// label, names that read as names and end no sentence; and headlines of
// the same shape left alone.
func TestCreditLabelLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Edited\u00a0by: Tobias Crane", true},
		{"Edited\tby: Tobias Crane", true},
		{"Photos by: Ana Souza y Luis Prado", true},
		{"Written by: Jan van Dijk | Harbour Times", true},
		{"Produced by: The Harbour Times Desk", true},
		{"Published By: अमित वर्मा", true},
		{"Graphics by: Mira Holt & Owen Pike", true},
		{"Maps by: Mira Holt · Owen Pike – Harbour Studio", true},
		// A headline: lower-case words, an article or a question's word
		// first, a sentence's end, a label of five words, "by" glued.
		{"Stand by: Ferry crews brace for a night of gales", false},
		{"Hit by: The Storm Nobody Forecast", false},
		{"Driven by: How Tides Power the Mill", false},
		{"Stand by: Ferry Service Halted!", false},
		{"Our picks this week, chosen by: Tobias Crane", false},
		{"Nearby: Tobias Crane", false},
		{"Edited by: 42 Writers", false},
		// Title case: a verb with "by" or a participle no credit prints.
		{"Stand By: Ferry Crews Brace For Gales", false},
		{"Driven By: Data", false},
		{"Inspired By: The Sea And Its Islands", false},
		{"Photographed By: Ana Souza", true},
		{"Fact checked by: Tobias Crane", true},
		{"Built By: Harbour Studio", true},
	} {
		if got := creditLabelLine(c.s); got != c.want {
			t.Errorf("creditLabelLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
