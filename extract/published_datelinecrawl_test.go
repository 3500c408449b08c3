package extract

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// TestCrawlMonthDay checks the month a dateline's day alone (Europa
// Press's "MADRID, 5") falls in against the crawl date: the crawl's month
// up to the day after the crawl, else the month before, else none.
func TestCrawlMonthDay(t *testing.T) {
	at := func(s string) time.Time {
		c, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	for _, c := range []struct {
		crawl string
		day   int
		want  string // "" for none
	}{
		{"2025-03-05T20:00:00Z", 5, "2025-03-05"},
		{"2025-03-05T20:00:00Z", 6, "2025-03-06"}, // the day after the crawl: a zone ahead
		{"2025-03-05T20:00:00Z", 7, "2025-02-07"},
		{"2025-04-02T08:00:00Z", 28, "2025-03-28"},
		{"2025-01-03T08:00:00Z", 30, "2024-12-30"},
		{"2025-04-02T08:00:00Z", 31, "2025-03-31"}, // April has no 31st: March's
		{"2025-05-01T08:00:00Z", 31, ""},           // April has no 31st, May's is ahead
		{"2025-03-15T08:00:00Z", 30, ""},           // February has no 30th
		{"", 5, ""},
	} {
		as := &assembler{}
		if c.crawl != "" {
			as.crawl = at(c.crawl)
		}
		st, ok := as.crawlMonthDay(c.day)
		if got := st.ISO(); !ok && c.want != "" || ok && got != c.want {
			t.Errorf("crawl %s, day %d: %q %v, want %q", c.crawl, c.day, got, ok, c.want)
		}
	}
}

// TestDatelineCrawlDayURL checks that the URL's date settles a dateline's
// year (and a day alone's month) before the crawl date does, and only
// when it names the dateline's month (and day).
func TestDatelineCrawlDayURL(t *testing.T) {
	crawl := time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		d    clean.DatelineParts
		url  *clean.Stamp
		want string
	}{
		{clean.DatelineParts{Month: time.March, Day: 5}, &clean.Stamp{Year: 2024, Month: time.March, Day: 5}, "2024-03-05"},
		{clean.DatelineParts{Month: time.March, Day: 5}, &clean.Stamp{Year: 2024, Month: time.March}, "2024-03-05"},
		{clean.DatelineParts{Month: time.March, Day: 5}, &clean.Stamp{Year: 2024, Month: time.April, Day: 5}, "2025-03-05"}, // another month: the crawl's
		{clean.DatelineParts{DayAlone: 5}, &clean.Stamp{Year: 2024, Month: time.June}, "2024-06-05"},
		{clean.DatelineParts{DayAlone: 5}, &clean.Stamp{Year: 2024, Month: time.June, Day: 6}, "2026-01-05"}, // another day: the crawl's month
		{clean.DatelineParts{DayAlone: 31}, &clean.Stamp{Year: 2024, Month: time.June}, "2025-12-31"},        // June has no 31st: the month before the crawl
		{clean.DatelineParts{Month: time.March, Day: 5, Year: 2023}, nil, ""},                                // printed: the dateline's own source
		{clean.DatelineParts{Month: time.March, Day: 5, InferredYear: 2023}, nil, ""},                        // the story settles it
	} {
		d := c.d
		as := &assembler{crawl: crawl, dateline: &d, res: &clean.Result{URLDate: c.url}}
		st, ok := as.datelineCrawlDay()
		if got := st.ISO(); !ok && c.want != "" || ok && got != c.want {
			t.Errorf("%+v, URL %v: %q %v, want %q", c.d, c.url, got, ok, c.want)
		}
	}
}
