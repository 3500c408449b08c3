package extract

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// crawlYear returns the year a month and day printed without one fall in
// when nothing on the page settles it: the crawl date's, as the site
// builders that drop the year for the current year's posts mean it
// (Medium's "Mar 5", Squarespace's), or the year before when that day
// comes after the crawl date in its year (a "Dec 28" read on January 10
// was last year's; a "Feb 29" the last leap year's). The day after the
// crawl's counts as not after it (a page east of the crawler's clock), in
// the next year too: "Jan 1" crawled 2025-12-31T20:00Z is 2026's. 0
// without a crawl date, or for a day no month has ("Feb 30").
func (as *assembler) crawlYear(st clean.Stamp) int {
	if as.crawl.IsZero() || st.Month == 0 || st.Day == 0 {
		return 0
	}
	latest := as.crawl.Add(24 * time.Hour)
	for y := latest.Year(); y > latest.Year()-maxLeapStep; y-- {
		if validDate(y, st.Month, st.Day) && !time.Date(y, st.Month, st.Day, 0, 0, 0, 0, time.UTC).After(latest) {
			return y
		}
	}
	return 0
}

// justAheadOfCrawl reports whether crawlYear stepped back a year for a
// month and day that fall within maxEventAhead after the crawl in the
// crawl's year (of the day after it): "Mar 8" crawled on 4 March read as
// last year's, where a page printing it means an event days ahead. year
// is what crawlYear returned.
func (as *assembler) justAheadOfCrawl(st clean.Stamp, year int) bool {
	if year == 0 || as.crawl.IsZero() {
		return false
	}
	latest := as.crawl.Add(24 * time.Hour)
	if year == latest.Year() || !validDate(latest.Year(), st.Month, st.Day) {
		return false
	}
	day := time.Date(latest.Year(), st.Month, st.Day, 0, 0, 0, 0, time.UTC)
	return day.After(latest) && day.Sub(latest) <= maxEventAhead
}

// maxEventAhead is how far after the crawl a yearless day is still read as
// an event's coming day rather than last year's ([assembler.justAheadOfCrawl]).
const maxEventAhead = 4 * 7 * 24 * time.Hour

// maxLeapStep is how many years crawlYear tries, the year of the day
// after the crawl and four before it: within this century a February 29 is never further back.
const maxLeapStep = 5

// stripTailNoYear reads the last part of a short strip under the headline
// as a month and day without the year ("4 min read · Mar 5", "Jane Doe |
// Mar 5"): the part after the strip's last separator (a middle dot, a
// bullet or a bar), when that part holds only the month and day, and that
// part.
func stripTailNoYear(line string) (clean.Stamp, string, bool) {
	if len(line) > maxStripNoYear {
		return clean.Stamp{}, "", false
	}
	at, size := -1, 0
	for _, sep := range [...]string{"·", "•", "|"} {
		if i := strings.LastIndex(line, sep); i > at {
			at, size = i, len(sep)
		}
	}
	if at < 0 {
		return clean.Stamp{}, "", false
	}
	tail := strings.TrimSpace(line[at+size:])
	st, ok := cleanDateNoYear(tail)
	return st, tail, ok
}

// maxStripNoYear is the longest strip stripTailNoYear reads.
const maxStripNoYear = 80
