package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// headingNode parses src and returns its first heading element.
func headingNode(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && (n.Data == "h1" || n.Data == "h2") {
			return n
		}
	}
	t.Fatal("no heading in", src)
	return nil
}

func TestWithoutBadges(t *testing.T) {
	for _, c := range []struct{ src, text, want string }{
		{`<h1>Ferry returns to the islands <span class="badge">Updated</span></h1>`, "Ferry returns to the islands Updated", "Ferry returns to the islands"},
		{`<h1><span class="article-kicker">Exclusive</span> Ferry returns to the islands</h1>`, "Exclusive Ferry returns to the islands", "Ferry returns to the islands"},
		{`<h1><a href="/t/1"><span class="label label-info">Question</span> Which card for a small case?</a></h1>`, "Question Which card for a small case?", "Which card for a small case?"},
		{`<h1>Ferry returns to the islands <i class="icon-premium-plus"></i><span class="paywall-mark">Plus</span></h1>`, "Ferry returns to the islands Plus", "Ferry returns to the islands"},
		{`<h1><span class="headline__kicker">Transport on the islands</span> <span>Ferry returns to the islands</span></h1>`, "Transport on the islands Ferry returns to the islands", "Ferry returns to the islands"},
		// A kicker closes no headline; a subtitle stays (the golds keep it
		// as often as not).
		{"<h1>Ferry returns to the islands<br><small class=\"subtitle\">The council found the money for a crew</small></h1>", "Ferry returns to the islands\nThe council found the money for a crew", "Ferry returns to the islands\nThe council found the money for a crew"},
		{`<h1>Ferry returns to the islands <span class="kicker">Transport on the islands</span></h1>`, "Ferry returns to the islands Transport on the islands", "Ferry returns to the islands Transport on the islands"},
		{`<h1><span class="subtitle">The council found money</span> Ferry returns to the islands</h1>`, "The council found money Ferry returns to the islands", "The council found money Ferry returns to the islands"},
		// Unmarked spans are the headline's own words.
		{`<h1><span class="first">The</span> best ferries of 2026</h1>`, "The best ferries of 2026", "The best ferries of 2026"},
		// A marked part of four words or more is no label.
		{`<h1><span class="tag">Night ferry to the islands</span> returns again now</h1>`, "Night ferry to the islands returns again now", "Night ferry to the islands returns again now"},
		// The rest must keep three words.
		{`<h1>Ferry returns <span class="badge">Live</span></h1>`, "Ferry returns Live", "Ferry returns Live"},
		// A byline marked by its class closes no headline; opening it, or
		// past six words, it is the headline's.
		{`<h1>Ferry returns to the islands <small class="byline">by Anna Field</small></h1>`, "Ferry returns to the islands by Anna Field", "Ferry returns to the islands"},
		{`<h1><span class="author">Anna Field</span> Ferry returns to the islands</h1>`, "Anna Field Ferry returns to the islands", "Anna Field Ferry returns to the islands"},
		{`<h1>Ferry returns <span class="author-note">to the islands after two years at last, say islanders</span></h1>`, "Ferry returns to the islands after two years at last, say islanders", "Ferry returns to the islands after two years at last, say islanders"},
		// A label inside the text is left: it is no kicker or badge.
		{`<h1>Ferry <span class="tag">returns</span> to the islands</h1>`, "Ferry returns to the islands", "Ferry returns to the islands"},
		// A section's name marked as one opens the headline and goes, glued
		// or not; three words are no section's name. A <sup> mark of
		// letters closes it and goes; a number in one is the headline's.
		{`<h1><span class="rubric">Local</span> Ferry returns to the islands</h1>`, "Local Ferry returns to the islands", "Ferry returns to the islands"},
		{`<h1><span class="category">Общество</span>Паром вернулся на острова</h1>`, "ОбществоПаром вернулся на острова", "Паром вернулся на острова"},
		{`<h1><span class="rubric">Life on islands</span> Ferry returns to the islands</h1>`, "Life on islands Ferry returns to the islands", "Life on islands Ferry returns to the islands"},
		{`<h2 class="itemTitle">Ferry returns to the islands <span><sup>Featured</sup></span></h2>`, "Ferry returns to the islands Featured", "Ferry returns to the islands"},
		{`<h1>Ferry berth grows to 400 m<sup>2</sup></h1>`, "Ferry berth grows to 400 m2", "Ferry berth grows to 400 m2"},
		{`<h1>Les ferries du XIX<sup>ème</sup></h1>`, "Les ferries du XIXème", "Les ferries du XIXème"},
	} {
		if got := withoutBadges(headingNode(t, c.src), c.text); got != c.want {
			t.Errorf("withoutBadges(%s) = %q, want %q", c.src, got, c.want)
		}
	}
	if got := withoutBadges(nil, "Ferry returns"); got != "Ferry returns" {
		t.Errorf("withoutBadges(nil) = %q", got)
	}
}

func TestMetaTitlesSiteNameOnly(t *testing.T) {
	m := &Meta{TitleTag: "Market Town News", OGTitle: "Why the bakery bakes at four - Market Town News", SiteName: "Market Town News"}
	got := metaTitles(m, "market.example")
	if len(got) != 1 || got[0] != "Why the bakery bakes at four" {
		t.Errorf("metaTitles with an article's og:title = %q, want the og:title alone", got)
	}
	// A page whose titles all name the site keeps them.
	m = &Meta{TitleTag: "Market Town News", OGTitle: "Market Town News", SiteName: "Market Town News"}
	if got := metaTitles(m, "market.example"); len(got) != 2 {
		t.Errorf("metaTitles of a home page = %q, want both", got)
	}
}
