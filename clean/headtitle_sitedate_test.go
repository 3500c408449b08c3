package clean

import (
	"strings"
	"testing"
)

// TestSiteDateStrip checks masthead strips of the site's name and a date,
// with and without a year, either way round, and leaves alone a headline
// with a date and a section's strip.
func TestSiteDateStrip(t *testing.T) {
	const host = "www.harborledger.example"
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The Harbor Ledger | Wednesday, December 3", true},
		{"Harbor Ledger | Dec. 3", true},
		{"Harbor Ledger | December 2026", true},
		{"Harbor Ledger • Dec 3, 2026 10:32 AM", true},
		{"Wed 3 Dec 2026 — The Harbor Ledger", true},
		{"Harbor Ledger | March Madness Returns", false},
		{"Local News | December 3, 2026", false},
		{"Harbor Ledger wins award | December 3, 2026", false},
		{"Harbor Ledger | 2026", false},
	} {
		if got := siteDateStrip(c.s, "", host); got != c.want {
			t.Errorf("siteDateStrip(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// stripPage is an invented news page whose header prints the masthead
// strip in an <h1> and whose story's headline is an <h2>; <title> is the
// site's name.
const stripPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor Ledger</title></head>
<body><header><h1>{{S}}</h1><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h2>Library Extends Opening Hours for the Winter Season</h2>
<p>The town library will stay open until nine in the evening on weekdays through the winter, the library board announced on Wednesday, after a survey of readers asked for longer hours.</p>
<p>The extra hours will be paid for from a grant by the county, which covers the cost of staff for the next two years, the board's chair said.</p>
<p>The reading room on the first floor will also open on Sunday afternoons from January, a first for the library since it moved to its present building.</p></article></main></body></html>`

// TestRankTitleMastheadStrip checks that a masthead strip in the header's
// <h1> is not the title over the story's <h2>, and leaves alone an <h1>
// headline that holds the site's name and a date.
func TestRankTitleMastheadStrip(t *testing.T) {
	for _, c := range []struct{ strip, want string }{
		{"The Harbor Ledger | Wednesday, December 3", "Library Extends Opening Hours for the Winter Season"},
		{"Harbor Ledger Marks Its Centenary on December 3", "Harbor Ledger Marks Its Centenary on December 3"},
	} {
		page := strings.Replace(stripPage, "{{S}}", c.strip, 1)
		res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://www.harborledger.example/2026/12/library-hours"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.want {
			t.Errorf("strip %q: Title = %q, want %q", c.strip, res.Title, c.want)
		}
	}
}
