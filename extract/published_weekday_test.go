package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// A numeric date that reads both ways takes the order its printed weekday
// names ("Fri, 12/05/2025 - 14:30", Drupal's medium date, is 5 December,
// a Friday); a weekday that names the day-first reading, or neither,
// leaves the day-first reading; the swapped day is not taken after the
// crawl.
func TestPublishedWeekdayOrder(t *testing.T) {
	for _, c := range []struct{ name, line, crawl, want string }{
		{"the weekday names the month-first reading", "Fri, 12/05/2025 - 14:30", "2025-12-06", "2025-12-05"},
		{"a German weekday", "Freitag, 12.05.2025", "2025-12-06", "2025-12-05"},
		{"leave alone: the weekday names the day-first reading", "Mon, 12/05/2025 - 14:30", "2025-12-06", "2025-05-12"},
		{"leave alone: the weekday names neither", "Sun, 12/05/2025 - 14:30", "2025-12-06", "2025-05-12"},
		{"leave alone: the swapped day is after the crawl", "Fri, 12/05/2025 - 14:30", "2025-06-01", "2025-05-12"},
	} {
		t.Run(c.name, func(t *testing.T) {
			crawl, _ := time.Parse(time.DateOnly, c.crawl)
			src := censusPage("en", ``, `<div class="submitted">Submitted by <span class="username">Jane Doe</span> on `+c.line+`</div>`, ``)
			a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{CrawlDate: crawl})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
				t.Errorf("published %q (from %q), want the day %q", a.Published, a.PublishedFrom, c.want)
			}
		})
	}
}
