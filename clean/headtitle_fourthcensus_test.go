package clean

import "testing"

// TestWithoutSiteFourthCensus checks the forms the fourth title census
// found withoutSite leaving on a title (titlecensus_fourth_test.go), each
// with a case it must leave alone.
func TestWithoutSiteFourthCensus(t *testing.T) {
	for _, c := range []struct {
		title, site, host, want string
	}{
		// A domain's name after a separator, whatever the page's host.
		{"Night ferry returns after two years - harbourtimes.co.uk", "", "news.example", "Night ferry returns after two years"},
		{"La biblioteca reabre tras dos años - DiarioDelPuerto.com.ar", "", "news.example", "La biblioteca reabre tras dos años"},
		{"Routing and layouts | Next.js", "", "docs.example", "Routing and layouts"},
		// Left alone: a tail with a space, a number, a dot at an end, a
		// head of two words.
		{"Night ferry returns after two years - see p. 4", "", "news.example", "Night ferry returns after two years - see p. 4"},
		{"Night ferry returns after two years - version 2.5", "", "news.example", "Night ferry returns after two years - version 2.5"},
		{"Night ferry returns after two years - harbourtimes.", "", "news.example", "Night ferry returns after two years - harbourtimes."},
		{"Ferry returns - harbourtimes.co.uk", "", "news.example", "Ferry returns - harbourtimes.co.uk"},
		// A product's name with a dot after a dash is a title's own word
		// (".js" is no top-level domain), not a domain's name; on the
		// product's own site it names the site and goes; after a bar a
		// short tag goes as before.
		{"Streaming a ferry timetable to the browser - Node.js", "", "news.example", "Streaming a ferry timetable to the browser - Node.js"},
		{"Streaming a ferry timetable to the browser - node.js", "", "news.example", "Streaming a ferry timetable to the browser - node.js"},
		{"Streaming a ferry timetable to the browser - Node.js", "", "nodejs.org", "Streaming a ferry timetable to the browser"},
		{"Night ferry returns after two years - HarbourTimes.io", "", "news.example", "Night ferry returns after two years"},

		// A short tag in square brackets that opens the title.
		{"[Harbour Times] Night ferry returns after two years", "", "news.example", "Night ferry returns after two years"},
		{"[Tidewire] Night ferry returns after two years", "", "tidewire.example", "Night ferry returns after two years"},
		// Left alone: a bracket at the end or inside, a long bracketed
		// opening, too few words after it, a one-word label that names no
		// site (a forum's "[SOLVED]", a "[Video]": the title's own).
		{"[Video] Night ferry returns after two years", "", "news.example", "[Video] Night ferry returns after two years"},
		{"[SOLVED] Ferry timetable app will not load on my phone", "Harbour Forum", "forum.example", "[SOLVED] Ferry timetable app will not load on my phone"},
		{"Night ferry returns after two years [Video]", "", "news.example", "Night ferry returns after two years [Video]"},
		{"[The night ferry to the islands] returns after two years", "", "news.example", "[The night ferry to the islands] returns after two years"},
		{"[Video] Ferry returns", "", "news.example", "[Video] Ferry returns"},

		// The site's name, its motto and the headline, with dashes.
		{"Flour Notes - Stories from small bakeries - Why the village bakery still bakes at four", "Flour Notes", "", "Why the village bakery still bakes at four"},
		{"Gazeta Miejska - Wiadomości z regionu - Biblioteka miejska znów otwarta po remoncie", "Gazeta Miejska", "", "Biblioteka miejska znów otwarta po remoncie"},
		// Left alone: a lower-case part after the headline's own dash, a
		// "motto" as long as what follows it.
		{"Flour Notes - Why the village bakery still bakes - at four in the morning", "Flour Notes", "", "Why the village bakery still bakes - at four in the morning"},
		{"Flour Notes - Stories from small bakeries of the valley - Bakers at four", "Flour Notes", "", "Stories from small bakeries of the valley - Bakers at four"},

		// A template's headline, category, module and site: three parts go.
		{"Городская библиотека открылась после ремонта - Культура - Новости - Вестник Гавани", "", "news.example", "Городская библиотека открылась после ремонта"},
		{"CBD Relax Berries - CBD Gummies - 300mg | Green Meadow", "Green Meadow", "", "CBD Relax Berries"},
		// Left alone: a headline's own lower-case part after its dash.
		{"Night ferry returns - at last - Islands - Harbour Times", "Harbour Times", "", "Night ferry returns - at last"},
	} {
		if got := withoutSite(c.title, c.site, c.host); got != c.want {
			t.Errorf("withoutSite(%q, %q, %q) = %q, want %q", c.title, c.site, c.host, got, c.want)
		}
	}
}
