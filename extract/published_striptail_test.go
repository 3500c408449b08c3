package extract

import (
	"strings"
	"testing"
)

// TestBylineStripDate: a health site's strip of reviewer, writer and date
// under the headline on flattened text gives the date: an update's as
// modified (and as published, the page giving no other date), a
// publication's as published. A sentence of the story that names a day
// after "by" gives none.
func TestBylineStripDate(t *testing.T) {
	for _, c := range []struct {
		line, published, from, modified string
	}{
		{"Medically reviewed by Jane Roe, RDN, LD — Written by John Doe, MS, RD — Updated on March 7, 2025", "2025-03-07", FromModified, "2025-03-07"},
		{"Medically reviewed by Jane Roe, RDN, LD — Written by John Doe, MS, RD — Published on March 7, 2025", "2025-03-07", FromTimestampLine, ""},
		{"Seeds were sown by the whole class of the village school on March 7, 2025", "", "", ""},
	} {
		text := "Home\nNutrition\n\nWhat to Eat Before a Long Run\n\n" + c.line + "\n\n" +
			"A long run asks a lot of the body, and what you eat in the hours before it decides how the last miles feel.\n\n" +
			"Most runners do well with a light meal of slow carbohydrates two or three hours before they set out.\n"
		a, err := Text([]byte(text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Published, c.published) || a.Published == "" && c.published != "" || a.Published != "" && c.published == "" ||
			a.PublishedFrom != c.from || !strings.HasPrefix(a.Modified, c.modified) || a.Modified != "" && c.modified == "" {
			t.Errorf("%q: published %q from %q, modified %q; want %q from %q, modified %q",
				c.line, a.Published, a.PublishedFrom, a.Modified, c.published, c.from, c.modified)
		}
	}
}

// TestBylineStripDateHTML: the same strip in one element under an HTML
// page's headline, with no metadata, gives the date as on text.
func TestBylineStripDateHTML(t *testing.T) {
	for _, c := range []struct {
		line, published, from, modified string
	}{
		{"Medically reviewed by Jane Roe, RDN, LD — Written by John Doe, MS, RD — Updated on March 7, 2025", "2025-03-07", FromModified, "2025-03-07"},
		{"Medically reviewed by Jane Roe, RDN, LD — Written by John Doe, MS, RD — Published on March 7, 2025", "2025-03-07", FromTimestampLine, ""},
	} {
		html := "<html><head><title>What to Eat Before a Long Run</title></head><body><article><h1>What to Eat Before a Long Run</h1>" +
			"<div class=\"byline\">" + c.line + "</div>" +
			"<p>A long run asks a lot of the body, and what you eat in the hours before it decides how the last miles feel.</p>" +
			"<p>Most runners do well with a light meal of slow carbohydrates two or three hours before they set out.</p></article></body></html>"
		a, err := HTMLBytes([]byte(html), "text/html", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Published, c.published) || a.PublishedFrom != c.from || !strings.HasPrefix(a.Modified, c.modified) || a.Modified != "" && c.modified == "" {
			t.Errorf("%q: published %q from %q, modified %q; want %q from %q, modified %q",
				c.line, a.Published, a.PublishedFrom, a.Modified, c.published, c.from, c.modified)
		}
	}
}
