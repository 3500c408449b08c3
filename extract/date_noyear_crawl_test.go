package extract_test

import "testing"

// TestYearlessCrawlYear checks that a month and day printed without the
// year under an HTML page's headline take the crawl date's year only when
// a crawl date is given, and that a strip's last part is read only when it
// is the month and day alone.
func TestYearlessCrawlYear(t *testing.T) {
	strip := func(tail string) []byte {
		return censusPage("en", ``, `<div><span>4 min read</span><span>·</span><span>`+tail+`</span></div>`, ``)
	}
	for _, c := range []censusCase{
		{name: "the crawl's year", crawl: "2025-03-20", src: strip("Mar 5"), published: "2025-03-05"},
		{name: "the crawl day itself", crawl: "2025-03-20", src: strip("Mar 20"), published: "2025-03-20"},
		{name: "a day weeks after the crawl: the year before", crawl: "2025-03-20", src: strip("May 2"), published: "2024-05-02"},
		{name: "leave alone: a day under four weeks after the crawl (an event's)", crawl: "2025-03-20", src: strip("Apr 2")},
		{name: "February 29: the last leap year's", crawl: "2025-03-02", src: strip("Feb 29"), published: "2024-02-29"},
		{name: "leave alone: no crawl date", src: strip("Mar 5")},
		{name: "leave alone: the strip's tail is no date", crawl: "2025-03-20", src: strip("Mar 5 picks")},
	} {
		t.Run(c.name, c.run)
	}
}

// TestYearlessUnderName checks that a month and day under a name that the
// story took in with it ("Jane Doe" over "Mar 5") are read against the
// crawl date as the date under the headline, and that the same line
// under a paragraph of the story is not.
func TestYearlessUnderName(t *testing.T) {
	const para = `<p>The ferry company said it would run a shuttle bus from the station until the first berth of the new pier is ready for boats.</p>`
	for _, c := range []censusCase{
		{name: "under a name", crawl: "2025-03-20", src: censusPage("en", ``, `<div class="post-meta"><a href="/@jane">Jane Doe</a><div class="post-date">Mar 5</div></div>`, ``), published: "2025-03-05"},
		{name: "leave alone: under a paragraph", crawl: "2025-03-20", src: censusPage("en", ``, para+`<div>Mar 5</div>`, ``)},
	} {
		t.Run(c.name, c.run)
	}
}
