package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text, a date's label and the date on lines of their own
// ("Posted on", "Nov 21, 2018") give the publish date; an update's label
// over its date, or a line labelling an update anywhere, gives the update
// time, taken as the publish date only when the page gives no other.
func TestTextPublishedLabelAbove(t *testing.T) {
	const title, first, second, third = shedTitle, shedFirst, shedSecond, shedThird
	menu := shedMenu
	story := menu + title + first + second + third
	for _, c := range []struct {
		name, src, published, from, modified string
	}{
		{"the label over the date", story + "Posted on\nNov 21, 2018\n", "2018-11-21", "date-line", ""},
		{"the label over the date, an update's label over another", story + "Posted on\nNov 21, 2018\nUpdated at\nDec 10, 2025\n", "2018-11-21", "date-line", "2025-12-10"},
		{"an update's label over the date, no other date", story + "Page updated:\n12 November 2025\n", "2025-11-12", "modified", "2025-11-12"},
		{"a line labelling an update, no other date", story + "Page last modified Jan. 17, 2025\n", "2025-01-17", "modified", "2025-01-17"},
		{"a second label between", story + "Published\nPublish date\n15 November 2018\n", "2018-11-15", "date-line", ""},
		{"leave alone: a label over words", story + "Posted on\nour garden blog\n", "", "", ""},
		{"leave alone: a date in a list of other pages", story + "Related articles\nHow to build a fence\nLast updated on March 3, 2025\nHow to lay a patio\nLast updated on May 9, 2025\n", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published || a.PublishedFrom != c.from || a.Modified != c.modified {
				t.Errorf("published %q from %q, modified %q; want %q from %q, modified %q", a.Published, a.PublishedFrom, a.Modified, c.published, c.from, c.modified)
			}
		})
	}
}
