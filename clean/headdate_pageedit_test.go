package clean

import "testing"

// TestPageEditRest checks which lines state the page's own last change
// and what follows their verb.
func TestPageEditRest(t *testing.T) {
	for _, c := range []struct {
		line, rest string
		ok         bool
	}{
		{"This page was last edited on 5 March 2025, at 10:12.", " on 5 March 2025, at 10:12.", true},
		{"Page last modified: 2025-03-05", ": 2025-03-05", true},
		{"This article has been last updated on March 5, 2025", " on March 5, 2025", true},
		{"Document last revised 05.03.2025", " 05.03.2025", true},
		{"Last edited by jdoe on 5 March 2025", "", false},       // a post's edit note: no page named
		{"This post was last modified: 2025-03-05", "", false},   // one reply's
		{"The page we last visited on 5 March 2025", "", false},  // not the page's change
		{"This page was last viewed on 5 March 2025", "", false}, // no verb of change
		{"Contrast last edited", "", false},
	} {
		rest, ok := pageEditRest(c.line)
		if ok != c.ok || rest != c.rest {
			t.Errorf("pageEditRest(%q) = %q, %v; want %q, %v", c.line, rest, ok, c.rest, c.ok)
		}
	}
}
