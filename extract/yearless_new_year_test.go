package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestYearlessAcrossNewYear shows crawlYear never trying the year of crawl+24h: crawled 2025-12-31T20:00Z, a page east of UTC printing "Thu, Jan 1, 8:00 AM" gets no date (LeadWeekday vetoes 2025) and "Jan 1, 8:00 AM" gets 2025-01-01, a year back.
func TestYearlessAcrossNewYear(t *testing.T) {
	for _, top := range []string{`<p class="date">Thu, Jan 1, 8:00 AM</p>`, `<p class="date">Jan 1, 8:00 AM</p>`} {
		opts := &extract.Options{CrawlDate: time.Date(2025, 12, 31, 20, 0, 0, 0, time.UTC)}
		a, err := extract.HTMLBytes(censusPage("en-NZ", "", top, ""), "text/html; charset=utf-8", opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != "2026-01-01" {
			t.Errorf("%s: published %q, want 2026-01-01 (the day after the crawl's is allowed, in the next year)", top, a.Published)
		}
	}
}
