package clean

import "testing"

// TestMastheadMarks checks the line tests that tell a site's name or a
// cut teaser over a long headline from a short headline over its
// standfirst.
func TestMastheadMarks(t *testing.T) {
	for _, c := range []struct {
		s            string
		domain, teas bool
	}{
		{"valleypost.co.uk", true, false},
		{"Molenbeekse-krant.nl", true, false},
		{"report-2025.pdf", false, false}, // a file's name
		{"Orchard saved", false, false},
		{"v2.0", false, false},
		{"Parents raise forty thousand to keep the…", false, true},
		{"Parents raise forty thousand to keep the...", false, true},
		{"Orchard saved.", false, false},
	} {
		if got := domainLine(c.s); got != c.domain {
			t.Errorf("domainLine(%q) = %v", c.s, got)
		}
		if got := cutTeaser(c.s); got != c.teas {
			t.Errorf("cutTeaser(%q) = %v", c.s, got)
		}
	}
	for u, want := range map[string]string{
		"https://www.valleypost.co.uk/news/1": "valleypost",
		"http://valleypost.com:8080?x=1":      "valleypost",
		"valleypost.com/a":                    "valleypost",
		"localhost":                           "",
		"":                                    "",
	} {
		if got := hostName(u); got != want {
			t.Errorf("hostName(%q) = %q, want %q", u, got, want)
		}
	}
	if squash("Valley Post") != squash("valleypost") || squash("Valley Post") == squash("Valley Posts") {
		t.Error("squash does not read a site's name as its host's letters")
	}
	for f, want := range map[string]bool{"© 2026 Valley Post": true, "Copyright 2026": true, "(c) Valley Post": true, "ALL RIGHTS RESERVED": false, "About us": false} {
		if got := copyrightLine(f); got != want {
			t.Errorf("copyrightLine(%q) = %v", f, got)
		}
	}
}
