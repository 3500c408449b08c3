package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestPublishedLookalikes checks lines near the headline that look like a
// story's date or age but are the story's own words, each on a page with
// a crawl date and no other date: a sentence that opens on an age (its
// comma parts no byline strip's), an age before a "by" that no name
// follows, a season's or a fiscal year's span of years over a month
// ("2024/25 March 2025" is no 25 March), and a month and a day under a
// story's heading (no name over them) or printed as a heading. None
// gives a publish date; the strips they mimic still do.
func TestPublishedLookalikes(t *testing.T) {
	crawl := time.Date(2025, 4, 30, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, lang, top, want string }{
		{"age opens a sentence", "en", `<p>A week ago, the council voted to close the library.</p>`, ""},
		{"age in digits opens a sentence", "en", `<p>3 days ago, the council voted to close the old library.</p>`, ""},
		{"age opens a sentence, no full stop", "en", `<p>3 days ago, the council voted to close the old library</p>`, ""},
		{"es: age opens a sentence", "es", `<p>Hace una semana, el alcalde anunció el cierre de la biblioteca.</p>`, ""},
		{"fr: age opens a sentence", "fr", `<p>Il y a 3 jours, le maire a annoncé la fermeture.</p>`, ""},
		{"age opens a short sentence", "en", `<p>A week ago, the council voted</p>`, ""},
		{"age opens a short sentence, closed", "en", `<p>An hour ago, the ferry sank.</p>`, ""},
		{"age before a by and no name", "en", `<p>Posted 2 days ago by the river, a sign warned walkers.</p>`, ""},
		{"season over a month", "en", `<div class="meta">Season 2024/25 March 2025</div>`, ""},
		{"fiscal year over a month", "en", `<div class="meta">Budget 2025/26 April 2025</div>`, ""},
		{"de: annual report over a month", "de", `<p class="kicker">Jahresbericht 2023/24 Juni 2024</p>`, ""},
		{"heading over a month and day", "en", `<h2>Timeline</h2><h3>Jan 5</h3>`, ""},
		{"label over a month and day", "en", `<h3>Remaining fixtures</h3><p>Mar 29</p>`, ""},
		{"label over a month and day, capitalised", "en", `<h3>Key Events</h3><p>Feb 28</p>`, ""},
		{"de: day printed as a heading", "de", `<p>Erster Tag</p><h3>5. Januar</h3>`, ""},
		{"strip: age after a name and a role", "en", `<p>By Jane Doe, Staff Writer, 3 days ago</p>`, "2025-04-27"},
		{"strip: age before a byline, a role after", "en", `<p>Posted 2 days ago by Jane Doe, Staff Writer</p>`, "2025-04-28"},
		{"a name over a month and day", "en", `<div class="post-meta"><p>By Jane Doe</p><p>Mar 29</p></div>`, "2025-03-29"},
		{"a name after a colon's label over a month and day", "en", `<div class="post-meta"><p>By: Jane Doe</p><p>Mar 29</p></div>`, "2025-03-29"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes(censusPage(c.lang, "", c.top, ""), "text/html; charset=utf-8", &extract.Options{CrawlDate: crawl})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.want {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.want)
			}
		})
	}
}
