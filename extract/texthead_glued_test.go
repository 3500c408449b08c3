package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text a head printed on one line, the headline, its date and
// its section parted by slashes, gives the three apart; a byline's strip,
// a date line with its label, a Hijri date before the Gregorian and a
// headline that holds a slash of its own are left alone.
func TestTextGluedHead(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	title := strings.TrimSpace(shedTitle)
	for _, c := range []struct {
		name, line, title, published, section string
	}{
		{"three parts", title + " / March 14, 2024 / Gardens", title, "2024-03-14", "Gardens"},
		{"no section", title + " / 14 March 2024", title, "2024-03-14", ""},
		{"leave alone: a byline", "By Jane Doe / March 14, 2024 / Gardens", "", "2024-03-14", ""},
		{"leave alone: a labelled date", "Updated 16:47 EST / March 14, 2024", "", "", ""},
		{"leave alone: bars", "On Behalf of Acme Garden Law PLLC | Mar 14, 2024 | Gardens", "", "", ""},
		{"leave alone: no date", "Sheds / fences / paths: what to build first", "", "", ""},
		{"leave alone: a Hijri date", "14 Jumada al-Akhirah 1447 AH / 5 December 2025", "", "2025-12-05", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(shedMenu+c.line+"\n"+story, nil)
			if err != nil {
				t.Fatal(err)
			}
			if c.title == "" {
				// left alone: not cut into a headline and a section
				first, _, _ := strings.Cut(strings.ReplaceAll(c.line, " | ", " / "), " / ")
				if a.Title == first || a.Section != "" {
					t.Errorf("title %q, section %q: the line was cut as a head", a.Title, a.Section)
				}
				return
			}
			if a.Title != c.title || !strings.HasPrefix(a.Published, c.published) || a.Section != c.section {
				t.Errorf("title %q, published %q, section %q; want %q, %q, %q", a.Title, a.Published, a.Section, c.title, c.published, c.section)
			}
		})
	}
}

// A summary paragraph above a glued head is the deck: the page has no
// outlet's rule, so it is labelled generic/deck (summaryDeck once read the
// rule's name off a nil rule and panicked).
func TestTextGluedHeadSummaryAbove(t *testing.T) {
	title := strings.TrimSpace(shedTitle)
	summary := "Planning rules for garden buildings change next spring"
	a, err := extract.String(summary+"\n"+title+" / March 14, 2024\n\n"+shedFirst+shedSecond+shedThird, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != title || !strings.HasPrefix(a.Published, "2024-03-14") {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
	if a.Deck != summary {
		t.Errorf("deck %q, want the summary", a.Deck)
	}
}
