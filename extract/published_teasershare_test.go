package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A date line above the headline beside a section's link of four words or
// a share button's link is the page's own: it wins over a later metadata
// day, as it does beside a one-word section link; beside another page's
// linked headline it stays a teaser's, and the metadata's day stays.
// Invented markup.
func TestTeaserAboveSectionAndShare(t *testing.T) {
	for _, c := range []struct {
		name, above, published, from string
	}{
		{"a one-word section link", `<div class="meta"><a href="/local">Local</a> <span>3 November 2025</span></div>`, "2025-11-03", "date-line"},
		{"a section link of four words", `<div class="meta"><a href="/local">Local news and weather</a> <span>3 November 2025</span></div>`, "2025-11-03", "date-line"},
		{"a share link on the same strip", `<div class="meta"><a href="/coast">Coast</a> | <time>3 November 2025</time> | <a href="https://twitter.com/intent/tweet?url=x">Share this story on Twitter</a></div>`, "2025-11-03", "date-line"},
		{"share buttons in a box beside the date", `<div class="meta"><time>3 November 2025</time><div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook now</a> <a href="mailto:?subject=x">Email</a></div></div>`, "2025-11-03", "date-line"},
		{"another page's linked headline", `<div class="card"><a href="/coast/ferry-fares">Ferry fares to rise in May</a> <span>3 November 2025</span></div>`, "2025-11-05", "meta"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := censusPageAbove(`<meta property="article:published_time" content="2025-11-05T10:00:00Z">`, c.above, "")
			a, err := extract.HTMLBytes(page, "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.published || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q, want the day %s from %q", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}
