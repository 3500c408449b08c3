package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestYearlessStripNameNotWeekday shows LeadWeekday read off a whole strip: a byline's name or paper that opens with a weekday's word ("Sun Li", "Sunday Times") vetoes the strip's yearless date.
func TestYearlessStripNameNotWeekday(t *testing.T) {
	for _, top := range []string{
		`<p class="byline">Sun Li · Mar 5</p>`,
		`<p class="byline">Sunday Times | Mar 5</p>`,
		`<p class="byline">Sat Singh | Mar 5</p>`,
		`<p class="byline">Domingo Ruiz · 5 de marzo</p>`,
	} {
		opts := &extract.Options{CrawlDate: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)}
		a, err := extract.HTMLBytes(censusPage("en", "", top, ""), "text/html; charset=utf-8", opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-05" {
			t.Errorf("%s: published %q, want 2025-03-05 (a name's first word is no weekday of the date)", top, a.Published)
		}
	}
}
