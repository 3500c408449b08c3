package htmldoc

import "testing"

// TestTwitterTitle checks that twitter:title is kept apart only where
// og:title is given too and says something else.
func TestTwitterTitle(t *testing.T) {
	for _, c := range []struct{ name, head, og, tw string }{
		{"both, different", `<meta property="og:title" content="Eastbay Daily"><meta name="twitter:title" content="Ferry returns">`, "Eastbay Daily", "Ferry returns"},
		{"both, the same", `<meta property="og:title" content="Ferry returns"><meta name="twitter:title" content="Ferry returns">`, "Ferry returns", ""},
		{"twitter:title alone", `<meta name="twitter:title" content="Ferry returns">`, "Ferry returns", ""},
		{"og:title alone", `<meta property="og:title" content="Ferry returns">`, "Ferry returns", ""},
	} {
		doc := mustParse(t, `<!doctype html><head>`+c.head+`</head><body><p>x</p></body>`)
		if doc.Meta.OGTitle != c.og || doc.Meta.TwitterTitle != c.tw {
			t.Errorf("%s: OGTitle %q, TwitterTitle %q, want %q, %q", c.name, doc.Meta.OGTitle, doc.Meta.TwitterTitle, c.og, c.tw)
		}
	}
}
