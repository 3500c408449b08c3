package clean

import "testing"

// TestNamesSiteThe checks that a site's name with a leading "The" names
// the site whose domain leaves the article out, in a <title>'s first or
// last part, and that a word that only opens with "the" is no article.
func TestNamesSiteThe(t *testing.T) {
	for _, c := range []struct {
		part, host string
		want       bool
	}{
		{"The Harbor Ledger", "www.harborledger.example", true},
		{"THE HARBOR LEDGER", "harborledger.example", true},
		{"Harbor Ledger", "www.theharborledger.example", true},
		{"Theatre Review", "www.harborledger.example", false},
		{"The Island Review", "www.harborledger.example", false},
		{"The", "www.harborledger.example", false},
	} {
		if got := namesSite(c.part, "", c.host); got != c.want {
			t.Errorf("namesSite(%q, %q) = %v, want %v", c.part, c.host, got, c.want)
		}
	}
	for _, c := range []struct{ title, want string }{
		{"Council Approves New Budget for Road Repairs - The Harbor Ledger", "Council Approves New Budget for Road Repairs"},
		{"The Harbor Ledger - Council Approves New Budget for Road Repairs", "Council Approves New Budget for Road Repairs"},
		{"The Harbor Ledger: Council Approves New Budget", "Council Approves New Budget"},
		{"Council Approves New Budget - The Island Review", "Council Approves New Budget - The Island Review"},
	} {
		if got := withoutSite(c.title, "", "www.harborledger.example"); got != c.want {
			t.Errorf("withoutSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	if got, want := pageTitle("Council Approves New Budget - The Harbor Ledger", "", "harborledger.example"), "Council Approves New Budget"; got != want {
		t.Errorf("pageTitle = %q, want %q", got, want)
	}
}
