package clean

import "testing"

// TestWithoutSiteOpeningKeepsShortTail checks that a short last part of a
// title the site's name opens is the headline, not a tag after a bar or
// a dash: "Site › Section › Foo" and its kin under "»", "|" and a dash
// keep Foo and lose the site's name and section; a short tag after a
// headline that no site's name opens still goes.
func TestWithoutSiteOpeningKeepsShortTail(t *testing.T) {
	site, host := "Eastbay Ledger", "ledger.example"
	for _, c := range []struct{ title, want string }{
		{"Eastbay Ledger › Local › Night ferry returns", "Night ferry returns"},
		{"Eastbay Ledger » Local » Night ferry returns", "Night ferry returns"},
		{"Eastbay Ledger | Local | Night ferry returns", "Night ferry returns"},
		{"Eastbay Ledger › Night ferry returns", "Night ferry returns"},
		{"Eastbay Ledger - Ferry Returns", "Ferry Returns"},
		{"Eastbay Ledger | Night ferry returns to the island | Opinion", "Night ferry returns to the island"},
		{"Night ferry returns to the island › Local", "Night ferry returns to the island"},
		// A first part that holds the site's name and more is the page's
		// title; the short tail after it goes.
		{"Eastbay Ledger Archive | Download Free Back Issues", "Eastbay Ledger Archive"},
		{"Ledger › Local › Night ferry returns", "Night ferry returns"},
		{"Night ferry returns to the island | Opinion", "Night ferry returns to the island"},
	} {
		if got := withoutSite(c.title, site, host); got != c.want {
			t.Errorf("withoutSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
