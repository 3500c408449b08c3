package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// teaserCards is a "Recent from the author" run above the headline, each
// card one link holding another story's headline, author and date, as
// publishing systems of the Kinja kind print them.
const teaserCards = `<div class="sidebar-recent"><div class="recent-title">Recent from Mara Lindqvist</div>
<div class="card"><a href="/lighthouse-batteries-123"><h4>Lighthouse Batteries Are Getting Smaller</h4><div><div><strong>Mara Lindqvist</strong></div><div class="card-time">11/14/23 11:00AM</div></div></a></div>
<div class="card"><a href="/buoy-sensors-124"><h4>The Buoy Sensors Nobody Calibrates</h4><div><div><strong>Mara Lindqvist</strong></div><div class="card-time">11/13/23 9:00AM</div></div></a></div>
<div class="card"><a href="/ferry-apps-125"><h4>A Short Explanation of Ferry Apps</h4><div><div><strong>Mara Lindqvist</strong></div><div class="card-time">11/12/23 4:40PM</div></div></a></div>
</div>
`

// tidePage is an article whose JSON-LD gives its publish and update
// times; above is printed between the site's navigation and the kicker
// over the headline.
func tidePage(above string) string {
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Why the Tide Clock Is Always Wrong | Harbor Tech</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Why the Tide Clock Is Always Wrong","datePublished":"2023-11-18T17:30:00-05:00","dateModified":"2023-11-19T12:45:00-05:00","author":{"@type":"Person","name":"Mara Lindqvist"}}</script>
</head><body>
<header><nav><a href="/">Harbor Tech</a> <a href="/gadgets">Gadgets</a> <a href="/science">Science</a> <a href="/reviews">Reviews</a></nav></header>
` + above + `<main><article>
<div class="kicker">Gadgets</div>
<h1>Why the Tide Clock Is Always Wrong</h1>
<div class="byline"><a href="/author/mara">Mara Lindqvist</a> <span>Monday 5:30PM</span></div>
<p>Every harbour town has one: a tide clock on the wall of the chandlery that shows high water an hour after the boats have already left. The reason is not bad engineering but a mismatch between the clock's simple gearing and the way the moon actually pulls on a bay.</p>
<p>A tide clock turns once every twelve hours and twenty-five minutes, the average length of a tidal cycle along most of the Atlantic coast. Real tides drift around that average by as much as half an hour, depending on the phase of the moon and the shape of the shore.</p>
<p>Owners who reset their clocks at the spring tide see them run true for a week and then slip. Harbour masters who need the real figure still read the printed tables, which are computed from decades of gauge records and corrected for local quirks.</p>
<p>Makers have tried to fix the drift with small computers that follow the published tables, but sailors tend to prefer the old brass dials, which at least fail in a way everyone on the quay understands.</p>
</article></main>
<footer><p>© 2023 Harbor Tech</p></footer>
</body></html>`
}

// A teaser card's date right above the headline is another story's: the
// page's JSON-LD datePublished gives the date, not the last card's
// earlier "11/12/23 4:40PM". The page's own date line above the headline,
// in no link, still gives the date where it is earlier than the metadata's
// (the date line wins over the metadata then).
func TestTeaserDateAboveHeadline(t *testing.T) {
	for _, c := range []struct {
		name, above, published, from string
	}{
		{"teaser cards", teaserCards, "2023-11-18", "json-ld"},
		{"own date line", `<div class="post-date">11/12/23 4:40PM</div>` + "\n", "2023-11-12", "date-line"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes([]byte(tidePage(c.above)), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Why the Tide Clock Is Always Wrong" {
				t.Fatalf("title %q", a.Title)
			}
			if !strings.HasPrefix(a.Published, c.published) || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q; want %s from %s", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}

// A teaser card, one link around another story's headline, author and
// date, gives no date line above the headline or below it: the JSON-LD's
// datePublished is the date. The page's own date in a link that wraps no
// heading (a day's archive) is still its date line.
func TestCardDateNearHeadline(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14T09:00:00Z"}</script>`
	const card = `<div class="more"><div class="card"><a href="/ferry-fares-rise"><h4>Ferry fares to rise in May</h4><div>Jane Doe</div><div>March 10, 2024</div></a></div></div>`
	for _, c := range []struct {
		name      string
		page      []byte
		published string
		from      string
	}{
		{"card above the headline", censusPageAbove(ld, card, ""), "2024-03-14T09:00:00+00:00", "json-ld"},
		{"card under the byline", censusPage("en", ld, `<p class="by">By Jane Doe</p>`+card, ""), "2024-03-14T09:00:00+00:00", "json-ld"},
		{"own date in an archive link", censusPage("en", "", `<p class="by">By Jane Doe</p><p class="date"><a href="/2024/03/14/">March 14, 2024</a></p>`, ""), "2024-03-14", "date-line"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes(c.page, "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q; want %q from %q", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}

// censusPageAbove is censusPage in English with above printed between the
// navigation and the article.
func censusPageAbove(head, above, top string) []byte {
	return []byte(`<!doctype html><html lang="en"><head><title>Harbour board to rebuild the ferry pier | Coast News</title>` + head +
		`</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>` + above + `<article><h1>Harbour board to rebuild the ferry pier</h1>` +
		top + censusStory + `</article><footer><p>© 2024 Coast News</p></footer></body></html>`)
}
