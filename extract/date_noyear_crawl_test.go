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
		{name: "a day after the crawl: the year before", crawl: "2025-03-20", src: strip("Apr 2"), published: "2024-04-02"},
		{name: "February 29: the last leap year's", crawl: "2025-03-02", src: strip("Feb 29"), published: "2024-02-29"},
		{name: "leave alone: no crawl date", src: strip("Mar 5")},
		{name: "leave alone: the strip's tail is no date", crawl: "2025-03-20", src: strip("Mar 5 picks")},
	} {
		t.Run(c.name, c.run)
	}
}
