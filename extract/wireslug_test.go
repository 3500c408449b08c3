package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestWireSlugs checks that the slugs a wire's desk puts at the head of a
// headline ("UPDATE 2-", "REFILE-", "EXCLUSIVE-") come off the title of
// flattened text and of HTML (its og:title, <title> and headline alike),
// that a genre slug becomes the kicker, and that a headline whose capital
// opening is its own ("US-China talks", "COVID-19 ...") stays whole.
func TestWireSlugs(t *testing.T) {
	story := strings.Repeat("Grain traders in the northern ports said on Tuesday that shipments had slowed after the storm closed two terminals for a week. ", 3)
	for _, c := range []struct{ head, title, kicker string }{
		{"UPDATE 2-Grain shipments slow after storm shuts two terminals", "Grain shipments slow after storm shuts two terminals", ""},
		{"REFILE-UPDATE 1-Grain shipments slow after storm shuts two terminals", "Grain shipments slow after storm shuts two terminals", ""},
		{"RPT-ANALYSIS-Why the grain ports keep closing", "Why the grain ports keep closing", "ANALYSIS"},
		{"EXCLUSIVE-Port operator weighs sale of northern terminals", "Port operator weighs sale of northern terminals", "EXCLUSIVE"},
		{"FACTBOX-What the storm closed, and for how long", "What the storm closed, and for how long", "FACTBOX"},
		{"WRAPUP 1-Storm shuts ports as grain prices climb", "Storm shuts ports as grain prices climb", ""},
		// left whole: a headline's own capitals, a spaced dash, too little left
		{"US-China grain talks resume after the storm", "US-China grain talks resume after the storm", ""},
		{"COVID-19 rules ease at the northern ports", "COVID-19 rules ease at the northern ports", ""},
		{"UPDATE - Grain shipments slow after the storm", "UPDATE - Grain shipments slow after the storm", ""},
		{"EXCLUSIVE-Port sale", "EXCLUSIVE-Port sale", ""},
		{"ANALYSIS-based pricing returns to the grain ports", "ANALYSIS-based pricing returns to the grain ports", ""},
	} {
		a, err := extract.String(c.head+"\n\n"+story+"\n", nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.title || a.Kicker != c.kicker {
			t.Errorf("text %q: title %q, kicker %q; want %q, %q", c.head, a.Title, a.Kicker, c.title, c.kicker)
		}
		page := `<html><head><title>` + c.head + ` | Harbour Wire</title><meta property="og:title" content="` + c.head + `"></head>` +
			`<body><article><h1>` + c.head + `</h1><p>` + story + `</p><p>` + story + `</p></article></body></html>`
		a, err = extract.HTMLBytes([]byte(page), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.title || a.Kicker != c.kicker {
			t.Errorf("html %q: title %q, kicker %q; want %q, %q", c.head, a.Title, a.Kicker, c.title, c.kicker)
		}
	}
}
