package clean

import (
	"strings"
	"testing"
)

// TestWithoutTagline checks that a visible headline which is the
// metadata's title plus a tagline after a dash loses the tagline, that one
// whose metadata is only the words after the dash keeps the head, and that
// kickers (short, or short beside the headline), a brand before a dash,
// colons and several dashes are left alone.
func TestWithoutTagline(t *testing.T) {
	for _, c := range []struct{ og, in, want string }{
		{"Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared - Tested on Board", "Twelve Ferry Routes Compared"},
		{"Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared – Part 2", "Twelve Ferry Routes Compared"},
		{"Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared — Winter Edition", "Twelve Ferry Routes Compared"},
		{"What the Islands Can Teach Us", "Harbour Letter #42 – What the Islands Can Teach Us", "Harbour Letter #42"},
		// Left alone: a kicker or a brand before the dash, a colon, more
		// than one dash, no tail at all, a tail the metadata does not
		// confirm.
		{"What the Islands Can Teach Us", "Opinion – What the Islands Can Teach Us", "Opinion – What the Islands Can Teach Us"},
		{"What the Islands Can Teach Us", "Harbour Letter – What the Islands Can Teach Us", "Harbour Letter – What the Islands Can Teach Us"},
		{"Dockers Vote to Return to Work After Nine Days of Talks", "Harbour Strike Live – Dockers Vote to Return to Work After Nine Days of Talks", "Harbour Strike Live – Dockers Vote to Return to Work After Nine Days of Talks"},
		{"Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared: Tested on Board", "Twelve Ferry Routes Compared: Tested on Board"},
		{"Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared – Winter – Islands", "Twelve Ferry Routes Compared – Winter – Islands"},
		{"Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared"},
		{"Twelve Ferry Routes", "Twelve Ferry Routes Compared - Tested", "Twelve Ferry Routes Compared - Tested"},
		{"Routes Compared - Tested", "Twelve Ferry Routes Compared - Tested", "Twelve Ferry Routes Compared - Tested"},
	} {
		m := &Meta{OGTitle: c.og, SiteName: "Harbour Post"}
		if got := withoutTagline(c.in, m, "harbourpost.example"); got != c.want {
			t.Errorf("og %q: withoutTagline(%q) = %q, want %q", c.og, c.in, got, c.want)
		}
	}
}

// taglinePage is an invented blog post whose <h1> prints its headline
// with a tagline after a dash and whose og:title and <title> give the
// headline alone.
const taglinePage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{{OG}} | Harbour Post</title><meta property="og:title" content="{{OG}}"><meta property="og:site_name" content="Harbour Post"></head>
<body><header><a href="/">Harbour Post</a><nav><a href="/guides/">Guides</a> <a href="/about/">About</a></nav></header>
<main><article><h1>{{H1}}</h1>
<p>We took every ferry that leaves the harbour in a single week of November, from the early boat to the islands to the late crossing to the mainland, and wrote down what each one costs and how long it takes.</p>
<p>The cheapest crossing was also the slowest, and the fastest boat charged twice as much for a seat, but only on weekdays; at weekends the fares were the same on every route.</p>
<p>Below, each route gets a short review with the timetable, the fare and what there is to do on the other side once you land.</p></article></main></body></html>`

// TestRankTitleTagline checks the whole ranker on the invented page: the
// tagline the metadata leaves out goes, and the head before a dash is the
// title where the metadata gives only the words after it.
func TestRankTitleTagline(t *testing.T) {
	for _, c := range []struct{ h1, og, want string }{
		{"Twelve Ferry Routes Compared - Tested on Board", "Twelve Ferry Routes Compared", "Twelve Ferry Routes Compared"},
		{"Harbour Letter #42 – What the Islands Can Teach Us", "What the Islands Can Teach Us", "Harbour Letter #42"},
		{"Opinion – What the Islands Can Teach Us", "What the Islands Can Teach Us", "Opinion – What the Islands Can Teach Us"},
	} {
		page := strings.NewReplacer("{{H1}}", c.h1, "{{OG}}", c.og).Replace(taglinePage)
		res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://harbourpost.example/guides/ferry-routes"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.want {
			t.Errorf("h1 %q, og %q: Title = %q, want %q", c.h1, c.og, res.Title, c.want)
		}
	}
}
