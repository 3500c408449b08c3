package extract_test

import "testing"

// TestPublishedUnixScript checks the publish date a framework's state gives
// as a Unix time: taken when the page gives no other, in UTC; left to the
// visible date line when there is one; rejected after the crawl date.
func TestPublishedUnixScript(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	const state = `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"library","publishedAt":1763388000000,"views":1763388001}}}}</script>`
	for _, c := range []headCase{{
		name:      "milliseconds in a framework's state",
		src:       page(state, h1),
		published: "2025-11-17T14:00:00+00:00", from: "meta",
	}, {
		name:      "the visible date line first",
		src:       page(state, h1+`<p>November 16, 2025</p>`),
		published: "2025-11-16", from: "date-line",
	}, {
		name:  "after the crawl date",
		crawl: "2025-11-01",
		src:   page(state, h1),
	}, {
		name: "a count that is no time",
		src:  page(`<script>{"post":{"viewsPublished":1763388000}}</script>`, h1),
	}} {
		t.Run(c.name, c.run)
	}
}
