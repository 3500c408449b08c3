package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// A Bikram Sambat date (Nepal's calendar, about 56 years and 8 months
// ahead of the Gregorian) is not read: its months' lengths change from
// year to year and are published as tables the package does not hold
// (knownWorldTextDateWireGaps), so it is refused rather than read as a
// Gregorian date, with or without a crawl date; a page that prints the
// Gregorian day beside it gives that day.
func TestBikramSambatNotGregorian(t *testing.T) {
	const head = `<!doctype html><html lang="ne"><head><title>Harbour board to rebuild the ferry pier | Coast News</title></head><body><article><h1>Harbour board to rebuild the ferry pier</h1>`
	for _, c := range []struct {
		name, line, want string
		crawl            time.Time
	}{
		{"alone, crawled", "बिहीबार, मंसिर ४, २०८२", "", time.Date(2025, 12, 6, 12, 0, 0, 0, time.UTC)},
		{"alone, no crawl date", "बिहीबार, मंसिर ४, २०८२", "", time.Time{}},
		{"in Latin digits, no crawl date", "मंसिर 4, 2082", "", time.Time{}},
		{"beside the Gregorian day", "आइतबार, कात्तिक २३, २०८२ | November 9, 2025", "2025-11-09", time.Time{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := head + `<div class="date">` + c.line + `</div>` + censusStory + `</article></body></html>`
			a, err := extract.HTMLBytes([]byte(src), "text/html; charset=utf-8", &extract.Options{CrawlDate: c.crawl})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.want)
			}
		})
	}
}
