package extract

import "testing"

// TestSentenceCaseScript checks the scripts and marks a site's name in
// sentence case may hold.
func TestSentenceCaseScript(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Новая газета", true},
		{"Річковий кур'єр", true},
		{"Річковий кур’єр", true},
		{"Հայոց աշխարհ", true},
		{"Καθημερινή εφημερίδα", true},
		{"Річковий кур'", false},    // an apostrophe not between two letters
		{"'Річковий кур", false},    // nor opening the name
		{"Річковий courier", false}, // two scripts
		{"Riverside courier", false},
		{"Հայոց աշխարհ 24", false},
		{"", false},
	} {
		if got := sentenceCaseScript(c.s); got != c.want {
			t.Errorf("sentenceCaseScript(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestSiteNameTitle checks that a title read from the masthead gives way
// to the headline on the page's <title> line, and only then.
func TestSiteNameTitle(t *testing.T) {
	for _, c := range []struct {
		name, title, tagLine string
		line                 int
		want                 string
		ok                   bool
	}{
		{"name last after a bar", "Harbour Times", "Ferry fares rise again this spring | Harbour Times", 1, "Ferry fares rise again this spring", true},
		{"name last after a dash", "Harbour Times", "Ferry fares rise again this spring - Harbour Times", 1, "Ferry fares rise again this spring", true},
		{"section between", "Harbour Times", "Ferry fares rise again this spring | Islands | Harbour Times", 1, "Ferry fares rise again this spring", true},
		{"name first before a bar", "Harbour Times", "Harbour Times | Ferry fares rise again this spring", 1, "Ferry fares rise again this spring", true},
		{"tag line below the masthead lines", "Harbour Times", "Ferry fares rise again this spring | Harbour Times", mastheadLines + 1, "", false},
		{"title not shaped as a name", "Ferry fares rise again", "Ferry fares rise again this spring | Ferry fares rise again", 1, "", false},
		{"headline too short", "Harbour Times", "Fares rise | Harbour Times", 1, "", false},
		{"other site's name", "Harbour Times", "Ferry fares rise again this spring | Island Post", 1, "", false},
	} {
		a := &Article{Title: c.title, Removed: []Removed{{Line: c.line, Text: c.tagLine + "\nHome\nNews"}}}
		got, ok := siteNameTitle(a)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: siteNameTitle = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// TestGeorgianWithoutCase checks that Georgian, whose letters Unicode
// files as lower case, is read as a script without case.
func TestGeorgianWithoutCase(t *testing.T) {
	if !opensHeadline("ცენტრალური ბიბლიოთეკა") {
		t.Error("a Georgian headline does not open as one")
	}
	if sentenceCase("ცენტრალური ბიბლიოთეკა საღამოს ათ საათამდე იმუშავებს") {
		t.Error("a Georgian headline read as in sentence case")
	}
	if !siteNameShape("მდინარის კურიერი") {
		t.Error("a Georgian site's name not shaped as one")
	}
	if !sentenceCase("Ferry crews rebuild the winter timetable") || opensHeadline("ferry crews") {
		t.Error("Latin case misread")
	}
}
