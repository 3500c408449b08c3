package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text the date line is read in the story's head, measured from
// the headline: a banner's paragraph above the headline, or a standfirst
// between it and the date line, does not end the head; a date line under the
// story's second paragraph is not the article's. The banner's paragraph
// still lands in the article (body or removed), never dropped.
func TestTextDateUnderHeadline(t *testing.T) {
	const url = "https://example.com/guides/how-to-plan-a-garden-shed/"
	const banner = "Join our workshop programme this spring and learn carpentry, wiring and plumbing from local trades, with tools and materials included in the fee."
	const title = shedTitle
	const standfirst = "A guide to choosing the size, the base and the roof of a shed, with the costs we found at three suppliers.\n"
	const first, second, third = shedFirst, shedSecond, shedThird
	const date = "March 3, 2025\n"
	menu := shedMenu
	for _, c := range []struct {
		name, src, published string
	}{
		{"a banner's paragraph above the headline", menu + banner + "\nGuides\n" + title + date + first + second + third, "2025-03-03"},
		{"a standfirst between the headline and the byline's date", menu + title + standfirst + "By Jane Doe\n" + date + first + second + third, "2025-03-03"},
		{"both", menu + banner + "\nGuides\n" + title + standfirst + "By Jane Doe\n" + date + first + second + third, "2025-03-03"},
		{"leave alone: a date line under the story's second paragraph", menu + title + first + second + date + third, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, &extract.Options{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != strings.TrimSpace(title) || a.Published != c.published {
				t.Errorf("title %q, published %q; want %q, %q", a.Title, a.Published, strings.TrimSpace(title), c.published)
			}
			if strings.Contains(c.src, banner) && !slices.Contains(a.Body, banner) && !removed(a, banner) {
				t.Errorf("the banner's paragraph was dropped: body %q", a.Body)
			}
		})
	}
}

// removed reports whether text is among the article's removed blocks.
func removed(a *extract.Article, text string) bool {
	for _, r := range a.Removed {
		if strings.Contains(r.Text, text) {
			return true
		}
	}
	return false
}

// On flattened text with no date in the story's head, a line anywhere that
// labels its date as the publication's gives it; an update's only when the
// page gives no other date.
func TestTextLabelledDate(t *testing.T) {
	const title, first, second, third = shedTitle, shedFirst, shedSecond, shedThird
	menu := shedMenu
	for _, c := range []struct {
		name, src, published string
	}{
		{"a labelled line under the story", menu + title + first + second + third + "Posted by Jane Doe on March 3, 2025\n", "2025-03-03"},
		{"a labelled line with a colon", menu + title + first + second + third + "Published on: 14/02/2025\n", "2025-02-14"},
		{"a byline over the date alone, under the story", menu + title + first + second + third + "Written by Jane Doe\nApril 8, 2024\n", "2024-04-08"},
		{"an update line alone: the last resort, as on HTML", menu + title + first + second + third + "Last updated on March 3, 2025\n", "2025-03-03"},
		{"leave alone: an update line when a labelled line gives the date", menu + title + first + second + third + "Last updated on March 3, 2025\nPosted by Jane Doe on March 1, 2025\n", "2025-03-01"},
		{"leave alone: a date in a sentence", menu + title + first + second + third + "The shed we built was published in the local paper on March 3, 2025, with photos of the roof and base.\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}
