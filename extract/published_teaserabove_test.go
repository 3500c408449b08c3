package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A date above the headline that shares a small container with another
// page's linked headline (four words or more, no digit) is that page's,
// and the JSON-LD's datePublished stays; the page's own line above the
// headline, beside an author's link or a print button's script link,
// however many words they print, is still its date line
// (earlier than the metadata's, it wins over it).
func TestTeaserAboveLinkKinds(t *testing.T) {
	for _, c := range []struct {
		name, above, published, from string
	}{
		{"a card's headline link", `<div class="promo"><a href="/buoy-sensors">The Buoy Sensors Nobody Calibrates</a> <span>November 12, 2023</span></div>` + "\n", "2023-11-18", "json-ld"},
		{"an author's link and a print button", `<div class="auth"><div class="by">By: <a href="/author/mara">Mara Lindqvist</a> on 12-Nov-2023 4:40</div><div class="print"><a href="javascript:window.print()">Print or Save as PDF</a></div></div>` + "\n", "2023-11-12", "date-line"},
		{"a four-word name linked to the author's page", `<div class="auth"><div class="by">By: <a href="/author/ana">Ana Sofía Reyes Ortega</a></div><div class="when">12-Nov-2023 4:40</div></div>` + "\n", "2023-11-12", "date-line"},
		{"a four-word name after Por, linked to a team page", `<div class="auth"><div class="by">Por <a href="/equipo/ana">Ana Sofía Reyes Ortega</a></div><div class="when">12-Nov-2023 4:40</div></div>` + "\n", "2023-11-12", "date-line"},
		{"a four-word name with rel=author", `<div class="auth"><div class="by"><a rel="author" href="/equipo/ana">Ana Sofía Reyes Ortega</a></div><div class="when">12-Nov-2023 4:40</div></div>` + "\n", "2023-11-12", "date-line"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes([]byte(tidePage(c.above)), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.published || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q, want the day %s from %q", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}
