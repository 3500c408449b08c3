package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestYearlessClockEventAheadOfCrawl shows an event's "Mar 8, 7:30 PM" four days ahead of the crawl read back into last year (2024-03-08) as the publish date: the case the weekday veto was made for, left open when no weekday is printed.
func TestYearlessClockEventAheadOfCrawl(t *testing.T) {
	opts := &extract.Options{CrawlDate: time.Date(2025, 3, 4, 12, 0, 0, 0, time.UTC)}
	a, err := extract.HTMLBytes(censusPage("en", "", `<p class="date">Mar 8, 7:30 PM</p>`, ""), "text/html; charset=utf-8", opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "" {
		t.Errorf("published %q, want none: a day just ahead of the crawl is an event's, not a page's of a year ago", a.Published)
	}
}
