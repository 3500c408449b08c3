package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// "First published" labels the publication's date as "Originally
// published" does, on text and HTML: under the story, below an update
// line at the head, it gives the publish date and the update stays
// modified. A page that prints only its update still gets the update,
// named as such.
func TestFirstPublishedLabel(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	for _, c := range []struct {
		name, head, tail, published, from, modified string
	}{
		{"first published under the story", "Last updated: March 16, 2024\n", "First published March 14, 2024\n", "2024-03-14", "date-line", "2024-03-16"},
		{"a clock with a dot, a zone", "", "First published on Thu 14 Mar 2024 10.15 GMT\n", "2024-03-14T10:15:00+00:00", "date-line", ""},
		{"initially published", "Updated March 16, 2024\n", "Initially published March 14, 2024\n", "2024-03-14", "date-line", "2024-03-16"},
		{"leave alone: the update only", "Last updated: March 16, 2024\n", "", "2024-03-16", "modified", "2024-03-16"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(shedMenu+shedTitle+c.head+story+c.tail, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published || a.PublishedFrom != c.from || a.Modified != c.modified {
				t.Errorf("published %q from %q, modified %q; want %q from %q, %q", a.Published, a.PublishedFrom, a.Modified, c.published, c.from, c.modified)
			}
			if a.Title != strings.TrimSpace(shedTitle) {
				t.Errorf("title %q", a.Title)
			}
		})
	}
}

// On HTML, a "First published on ..." line under the headline, with no
// metadata, gives the date, not the "Last modified on ..." line beside it.
func TestFirstPublishedLabelHTML(t *testing.T) {
	page := censusPage("en", "", `<div class="meta"><p>First published on Thu 14 Mar 2024 10.15 GMT</p><p>Last modified on Sat 16 Mar 2024 08.00 GMT</p></div>`, "")
	a, err := extract.HTMLBytes(page, "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Published, "2024-03-14") || !strings.HasPrefix(a.Modified, "2024-03-16") {
		t.Errorf("published %q from %q, modified %q; want 2024-03-14, modified 2024-03-16", a.Published, a.PublishedFrom, a.Modified)
	}
}
