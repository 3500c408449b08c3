package extract_test

import "testing"

// TestPublishedFourthRound covers the date sources and rules of the fourth
// round on issue 8, each on an invented page, with pages they must leave
// alone.
func TestPublishedFourthRound(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	// long is two paragraphs long enough to end the search for the date
	// line under the title.
	long := `<p>The council's report lists every repair: the roof, the heating, the lifts and the reading rooms, each with its cost and the firm that did the work, and the months it took.</p>` +
		`<p>Readers will find the old card catalogue kept in the hall, the report says, beside a new desk where they can borrow laptops and ask the staff for help with the machines.</p>`
	longStrip := `<nav class="next"><a href="/a">Reading next: how the council chose the builders for the roof, and what the budget committee said about the cost of the work in its report to the mayor last spring</a></nav>`
	for _, c := range []headCase{{
		name:      "a long reading-next strip between the title and the date line",
		src:       page(``, h1+`<div class="summary">The central library opens again next month after two years of repairs to its roof, its heating, its reading rooms and the children's floor, the council said in its last report on the works.</div>`+longStrip+`<div class="meta"><time>Sep 27, 2024</time></div>`),
		published: "2024-09-27", from: "date-line",
	}, {
		name: "no headline found: the date line right above the story",
		src: []byte(`<!doctype html><html lang=en><head></head><body><div><p>Our blog</p><p>Example Team</p><p>Feb 16, 2026</p></div><div>` +
			story + `</div></body></html>`),
		published: "2026-02-16", from: "date-line",
	}, {
		name:      "a fact box in an aside: the label over the date",
		src:       page(``, h1+long+`<aside class="facts"><h3>Published</h3><p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p><h3>Author</h3><p>Jane Doe</p></aside>`),
		published: "2024-08-30T12:00:00+00:00", from: "date-line",
	}, {
		name:      "a fact box with a second label for screen readers",
		src:       page(``, h1+long+`<aside><h4>Published</h4><h3 class="sr-only">Publish date</h3><div>15 November 2018</div><h4>Reviewed</h4><div>8 October 2020</div></aside>`),
		published: "2018-11-15", from: "date-line",
	}, {
		name: "leave alone: fact boxes that disagree",
		src:  page(``, h1+long+`<aside><h4>Published</h4><div>15 November 2018</div></aside><aside><h4>Published</h4><div>3 May 2019</div></aside>`),
	}, {
		name:      "a byline, then a block that holds only the date, below the story",
		src:       pageWith(h1, long+`<div class="author"><p>Written by Jane Doe and Ana Lind</p><p>April 8, 2024</p></div>`),
		published: "2024-04-08", from: "date-line",
	}, {
		name:      "a date that reads both ways, read as the metadata reads it",
		src:       page(`<script type="application/ld+json">{"@type":"Article","headline":"Library reopens after repairs","datePublished":"2024-09-10T16:07:00Z"}</script>`, h1+`<p class="date">09.10.2024</p>`),
		published: "2024-09-10T16:07:00+00:00", from: "json-ld",
	}, {
		name:      "leave alone: a date that reads one way only",
		src:       page(`<script type="application/ld+json">{"@type":"Article","headline":"Library reopens after repairs","datePublished":"2024-10-03T16:07:00Z"}</script>`, h1+`<p class="date">30.10.2024</p>`),
		published: "2024-10-30", from: "date-line",
	}, {
		name:      "the date line under the headline, later than the metadata's and not its update",
		src:       page(`<meta property="article:published_time" content="2013-03-11T11:11:00-07:00"><meta property="article:modified_time" content="2026-02-18T07:49:00-08:00">`, h1+`<p class="byline"><time datetime="2023-03-20T00:00:00-07:00">March 20, 2023</time> | Jane Doe</p>`),
		published: "2023-03-20T00:00:00-07:00", from: "date-line", modified: "2026-02-18T07:49:00-08:00",
	}, {
		name:      "leave alone: the date line that is the metadata's update time",
		src:       page(`<meta property="article:published_time" content="2024-04-05T00:00:00-04:00"><meta property="article:modified_time" content="2025-12-17T09:00:00-05:00">`, h1+`<p class="byline">December 17, 2025</p>`),
		published: "2024-04-05T00:00:00-04:00", from: "meta", modified: "2025-12-17T09:00:00-05:00",
	}, {
		name:      "leave alone: a date line a day after the metadata's (another zone)",
		src:       page(`<meta property="article:published_time" content="2025-12-02T23:00:00Z">`, h1+`<p class="byline">December 3, 2025</p>`),
		published: "2025-12-02T23:00:00+00:00", from: "meta",
	}} {
		t.Run(c.name, c.run)
	}
}

// pageWith builds an HTML page with top before the story and after it
// inside <article>.
func pageWith(top, after string) []byte {
	return []byte("<!doctype html><html lang=en><head></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>" +
		top + story + after + "</article><footer>© Example Media</footer></body></html>")
}
