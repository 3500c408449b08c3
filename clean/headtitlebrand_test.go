package clean

import "testing"

// TestBrandTail checks that a tag that opens or closes with the domain's
// name goes from a printed headline as the HTML title ranker reads it
// ([withoutBrandTail]) and from the metadata's title ([withoutSite]), and
// that tags that only look like one stay.
func TestBrandTail(t *testing.T) {
	for _, c := range []struct{ title, host, page, meta string }{
		{"Plumbers Costs & Prices in Leeds - Fixrates Cost Report", "plumbers.fixrates.example", "Plumbers Costs & Prices in Leeds", "Plumbers Costs & Prices in Leeds"},
		{"Rates held again | Today's latest from Harbour Times", "www.harbourtimes.example", "Rates held again", "Rates held again"},
		// left alone: another brand (withoutSite cuts any short
		// capitalised tag), a tag too long, a label too short, a head
		// too short
		{"Plumbers Costs & Prices in Leeds - Apple Music Store", "plumbers.fixrates.example", "Plumbers Costs & Prices in Leeds - Apple Music Store", "Plumbers Costs & Prices in Leeds - Apple Music Store"},
		{"Rates held again - Fixrates says savers will wait a year or more", "fixrates.example", "Rates held again - Fixrates says savers will wait a year or more", "Rates held again - Fixrates says savers will wait a year or more"},
		{"Rates held again - BBC Sport Reporters", "www.bbc.example", "Rates held again - BBC Sport Reporters", "Rates held again - BBC Sport Reporters"},
		{"Rates held - Fixrates Cost Report", "fixrates.example", "Rates held - Fixrates Cost Report", "Rates held"},
	} {
		if got := withoutBrandTail(c.title, c.host); got != c.page {
			t.Errorf("withoutBrandTail(%q, %q) = %q, want %q", c.title, c.host, got, c.page)
		}
		if got := withoutSite(c.title, "", c.host); got != c.meta {
			t.Errorf("withoutSite(%q, %q) = %q, want %q", c.title, c.host, got, c.meta)
		}
	}
}
