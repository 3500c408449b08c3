package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestYearlessClockInAsideNoPublishDate shows an events sidebar's "Mar 6, 7:30 PM" under the headline (clean calls it a date line) taken as the publish date by the new month-day-time reader; a bare "Mar 6" there is not.
func TestYearlessClockInAsideNoPublishDate(t *testing.T) {
	top := `<aside class="upcoming"><h3>Upcoming</h3><p>Mar 6, 7:30 PM</p><p><a href="/events/jazz">Jazz night on the pier</a></p></aside>`
	opts := &extract.Options{CrawlDate: time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)}
	a, err := extract.HTMLBytes(censusPage("en", "", top, ""), "text/html; charset=utf-8", opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "" {
		t.Errorf("published %q (from %q), want none: the sidebar's event time is no publish date", a.Published, a.PublishedFrom)
	}
}
