package extract

import (
	"time"

	"github.com/newsclean/newsclean/clean"
)

// datelineCrawlDay returns the day of a dateline that prints no year and
// that the story does not settle ("SEOUL, March 5 (Yonhap) --", RIA's
// "МОСКВА, 5 мар"), or that prints a day without its month (Europa
// Press's "MADRID, 5 (EUROPA PRESS)"), settled by the URL's date when it
// names that month (and day), else by the crawl date: the latest such day
// not after the day after the crawl. A wire's story goes out the day its
// dateline names, so a page crawled within days of it is read right; one
// crawled years later takes the crawl's year, which is why the sources
// that print a whole date come first (see handPublished). false without a
// dateline of these forms, or with neither a URL's date nor a crawl date
// that settles it.
func (as *assembler) datelineCrawlDay() (clean.Stamp, bool) {
	d := as.dateline
	if d == nil || d.Year != 0 || d.InferredYear != 0 {
		return clean.Stamp{}, false
	}
	u := as.res.URLDate
	switch {
	case d.Month != 0 && d.Day != 0:
		st := clean.Stamp{Month: d.Month, Day: d.Day}
		if u != nil && u.Year != 0 && u.Month == st.Month && (u.Day == 0 || u.Day == st.Day) {
			st.Year = u.Year
			return st, true
		}
		st.Year = as.crawlYear(st)
		return st, st.Year != 0
	case d.DayAlone != 0:
		if u != nil && u.Year != 0 && u.Month != 0 && (u.Day == 0 || u.Day == d.DayAlone) &&
			validDate(u.Year, u.Month, d.DayAlone) {
			return clean.Stamp{Year: u.Year, Month: u.Month, Day: d.DayAlone}, true
		}
		return as.crawlMonthDay(d.DayAlone)
	}
	return clean.Stamp{}, false
}

// crawlMonthDay returns the latest date on day of its month that is not
// after the day after the crawl date: the crawl's month, else the month
// before (a "28" or a "31" read on April 2 was March's). false without a
// crawl date, or when neither month gives that day not after it (a "31"
// read on May 1 names April, which has none: no telling).
func (as *assembler) crawlMonthDay(day int) (clean.Stamp, bool) {
	if as.crawl.IsZero() {
		return clean.Stamp{}, false
	}
	latest := as.crawl.Add(24 * time.Hour)
	for back := range 2 {
		first := time.Date(as.crawl.Year(), as.crawl.Month()-time.Month(back), 1, 0, 0, 0, 0, time.UTC)
		if !validDate(first.Year(), first.Month(), day) {
			continue // a "31" read on April 2: March's
		}
		if t := first.AddDate(0, 0, day-1); !t.After(latest) {
			return clean.Stamp{Year: t.Year(), Month: t.Month(), Day: day}, true
		}
	}
	return clean.Stamp{}, false
}

// validDate reports whether day is a day of the month in year.
func validDate(year int, month time.Month, day int) bool {
	return day >= 1 && day <= time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
