package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestSiteHomeTitle checks that a metadata title of the site's name and
// its slogan gives the name when another of the page's titles closes with
// the name behind a different headline, and that the same headline on
// both sides, a page whose titles all open with the name and a title
// that does not open with it stay titles.
func TestSiteHomeTitle(t *testing.T) {
	const head = "Harbour ferry returns to the island after repairs"
	for _, c := range []struct {
		name string
		m    htmldoc.Meta
		want string // what metaTitle makes of og:title
	}{
		{"og:title the site and its slogan, <title> the headline and the site",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: "Eastbay Ledger — News you can trust", TitleTag: head + " | Eastbay Ledger"}, "Eastbay Ledger"},
		{"JSON-LD headline the headline and the site after a hyphen",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: "Eastbay Ledger | Local news, sport and weather", HeadlineLD: head + " - Eastbay Ledger"}, "Eastbay Ledger"},
		{"the same headline on both sides",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: "Eastbay Ledger | " + head, TitleTag: head + " | Eastbay Ledger"}, head},
		{"every title opens with the site",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: "Eastbay Ledger: " + head, TitleTag: "Eastbay Ledger: " + head}, head},
		{"the other title's headline of two words",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: "Eastbay Ledger — News you can trust", TitleTag: "Ferry returns | Eastbay Ledger"}, "News you can trust"},
		{"the two rests two wordings of one headline",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: "Eastbay Ledger | Harbour ferry returns after a winter of repairs", TitleTag: "Harbour ferry back in service: what to know | Eastbay Ledger"}, "Harbour ferry returns after a winter of repairs"},
		{"the site's name and a colon open a headline",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: "Eastbay Ledger: News you can trust", TitleTag: head + " | Eastbay Ledger"}, "News you can trust"},
		{"a first part that holds the site's name but is not it",
			htmldoc.Meta{SiteName: "Ledger", OGTitle: "The Eastbay Ledger Awards | Local news, sport and weather from the bay", TitleTag: head + " | Ledger"}, "Local news, sport and weather from the bay"},
		{"og:title the headline with the site after it",
			htmldoc.Meta{SiteName: "Eastbay Ledger", OGTitle: head + " | Eastbay Ledger", TitleTag: "Another headline of the same page | Eastbay Ledger"}, head},
	} {
		if got := metaTitle(c.m.OGTitle, &c.m, "eastbayledger.example"); got != c.want {
			t.Errorf("%s: metaTitle = %q, want %q", c.name, got, c.want)
		}
	}
}
