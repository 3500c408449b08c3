package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text, a date line right above the story's first paragraph
// is read as the date, not taken for the headline: a labelled date in
// several languages, a byline strip's date, a date with a US zone.
func TestTextDateLineUnderHeadline(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	for _, c := range []struct {
		line, published string
	}{
		{"Publication date: 4 March 2025", "2025-03-04"},
		{"Publié le 4 mars 2025 à 10h15", "2025-03-04"},
		{"Jane Doe | Senior Editor | March 4, 2025", "2025-03-04"},
		{"Mar 4, 2025, 10:15 AM ET", "2025-03-04"},
	} {
		t.Run(c.line, func(t *testing.T) {
			a, err := extract.String(shedMenu+shedTitle+c.line+"\n"+story, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; got != c.published || a.Title != strings.TrimSpace(shedTitle) {
				t.Errorf("title %q, published %q; want %q, %q", a.Title, a.Published, strings.TrimSpace(shedTitle), c.published)
			}
		})
	}
}

// On flattened text, a strip that gives the update first and the
// publication after it ("Updated ... / Posted ...") gives the publication's
// date; a strip of two updates, or of an update and a date without a
// label, gives the update.
func TestTextUpdateThenPosted(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	for _, c := range []struct {
		line, published, from string
	}{
		{"Updated March 9, 2025 / Posted March 4, 2025", "2025-03-04", "date-line"},
		{"Last Updated: 03/09/2025 | Originally Published: 03/04/2025", "2025-04-03", "date-line"},
		{"Updated March 9, 2025 | Updated again March 12, 2025", "2025-03-09", "modified"},
		{"Updated March 9, 2025 | Sheds, Fences", "2025-03-09", "modified"},
	} {
		t.Run(c.line, func(t *testing.T) {
			a, err := extract.String(shedMenu+shedTitle+c.line+"\n"+story, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; got != c.published || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q; want %q from %q", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}
