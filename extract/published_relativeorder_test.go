package extract_test

import "testing"

// A story's age ("3 days ago") gives its day against the crawl date, a day
// computed in the calendar's own order: no numeric date the page prints
// reorders it, though the page writes month first and prints the same
// two numbers the other way round ("3/11/2025", a related story's 11
// March, beside an age that gives 3 November). Without a crawl date an
// age gives no publish date (TestPublishedRelative).
func TestPublishedRelativeOrder(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	related := `<section class="related"><h2>Related</h2><ul><li><a href="/a">Library closes for repairs</a> <span>3/11/2025</span></li><li><a href="/b">Reading room gets new lamps</a> <span>4/22/2025</span></li></ul></section>`
	usPage := func(top string) []byte {
		return []byte("<!doctype html><html lang=en-US><head></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>" +
			top + story + related + "</article><footer>© Example Media</footer></body></html>")
	}
	for _, c := range []headCase{{
		name: "days ago on a month-first page", crawl: "2025-11-06",
		src:       usPage(h1 + `<p>By Jane Doe · 3 days ago</p>`),
		published: "2025-11-03", from: "date-line",
	}, {
		name: "leave alone: days ago without a crawl date",
		src:  usPage(h1 + `<p>By Jane Doe · 3 days ago</p>`),
	}} {
		t.Run(c.name, c.run)
	}
}
