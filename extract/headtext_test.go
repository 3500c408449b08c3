package extract_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/extract"
)

// The text path: the title is the headline the story follows, not the
// first short line of the page.
func TestTextTitle(t *testing.T) {
	src := strings.Join([]string{
		"Skip to content", "Home", "Meal Prep", "How It Works", "Contact",
		"Eskalation im Nahen Osten",
		"Library reopens after two years of repairs",
		"The city council voted on Tuesday to reopen the central library after two years of repairs, officials said after the meeting.",
		"The building will open its doors to readers again next month, with a new reading room and a children's floor, the mayor said.",
	}, "\n")
	// The head stage alone names the kicker; with the story detector on,
	// which takes the topic line for furniture, it is removed instead. The
	// title is the same either way, and neither leaves a menu in the body.
	for _, disable := range [][]string{{"model"}, nil} {
		a, err := extract.String(src, &extract.Options{Disable: disable})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Library reopens after two years of repairs" || disable != nil && a.Kicker != "Eskalation im Nahen Osten" {
			t.Errorf("disable %q: title %q, kicker %q", disable, a.Title, a.Kicker)
		}
		for _, p := range a.Body {
			if p == "Meal Prep" || p == "Eskalation im Nahen Osten" {
				t.Errorf("disable %q: the head's furniture stayed in the body: %q", disable, a.Body)
			}
		}
	}
}

// On flattened text without a rule, date lines that carry other words near
// the title give the publish and update times, and leave the body; a
// sentence that names a day stays in the story.
func TestTextHeadDates(t *testing.T) {
	const story = "The city council voted on Tuesday to reopen the central library after two years of repairs, officials said after the meeting.\n" +
		"The building will open its doors to readers again next month, with a new reading room and a children's floor, the mayor said.\n"
	for _, c := range []struct {
		name, head, published, from, modified string
	}{
		{"published, then updated", "Library reopens after two years of repairs\nBy Jane Doe | Published Jun 4, 2025\nLast updated: Sep 4, 2025\n", "2025-06-04", "date-line", "2025-09-04"},
		{"a date with the reading time", "Library reopens after two years of repairs\nJuly 13, 2025 — 7 minutes read\n", "2025-07-13", "date-line", ""},
		{"only an update", "Library reopens after two years of repairs\nUpdated on October 21, 2025\n", "2025-10-21", "modified", "2025-10-21"},
		{"a sentence that names a day", "Library reopens after two years of repairs\nOn January 12, 2025 the council first met to discuss the repairs and their cost.\n", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.head+story, &extract.Options{URL: "https://example.com/city/library-reopens-after-two-years-of-repairs/"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published || a.PublishedFrom != c.from || a.Modified != c.modified {
				t.Errorf("published %q from %q, modified %q; want %q from %q, %q", a.Published, a.PublishedFrom, a.Modified, c.published, c.from, c.modified)
			}
			for _, p := range a.Body {
				if c.published != "" && strings.Contains(p, c.published[:4]) {
					t.Errorf("a date line stayed in the body: %q", p)
				}
			}
		})
	}
}

// On flattened text without a rule, the byline by the headline names the
// authors: in a byline's form, on the date line, or a name alone next to the
// date line; a menu's button there is no name.
func TestTextHeadBylines(t *testing.T) {
	const title = "Library reopens after two years of repairs\n"
	const story = "The city council voted on Tuesday to reopen the central library after two years of repairs, officials said after the meeting.\n" +
		"The building will open its doors to readers again next month, with a new reading room and a children's floor, the mayor said.\n"
	for _, c := range []struct {
		name, page string
		authors    []string
	}{
		{"on the date line", title + "By Jane Doe | Published Jun 4, 2025\n" + story, []string{"Jane Doe"}},
		{"a name alone over the date", title + "Jane Doe\nJune 4, 2025\n" + story, []string{"Jane Doe"}},
		{"written by, two names", title + "June 4, 2025\nWritten by Jane Doe and John Roe\n" + story, []string{"Jane Doe", "John Roe"}},
		{"a button over the date", title + "Order Now\nJune 4, 2025\n" + story, nil},
		{"a filter's 'By' above, the byline below", "Browse\nBy Industry\n" + title + "By Jane Doe\n" + story, []string{"Jane Doe"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.page, &extract.Options{URL: "https://example.com/city/library-reopens-after-two-years-of-repairs/"})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.authors, a.Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
		})
	}
}

// A standfirst between the title and the date line does not push the date
// line into the body; without one the same page gives the same date.
func TestStandfirstKeepsDateLine(t *testing.T) {
	const rest = "25 May 2023 - 14:30\n" +
		"The two ministers met in Tbilisi on Tuesday to discuss the opening of regional transport links, officials said after the talks ended.\n" +
		"Both sides agreed to continue the work of the joint commission, which is expected to meet again before the end of the year.\n"
	const deck = "Talks on transport links and the border commission went on for six hours behind closed doors, and both sides called them useful."
	for _, src := range []string{"Ministers meet in Tbilisi\n" + deck + "\n" + rest, "Ministers meet in Tbilisi\n" + rest} {
		a, err := extract.String(src, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != "2023-05-25T14:30:00" || a.Title != "Ministers meet in Tbilisi" {
			t.Errorf("published %q, title %q; want 2023-05-25T14:30:00 under the title\n%s", a.Published, a.Title, src)
		}
		if strings.Contains(src, deck) && a.Deck != deck {
			t.Errorf("deck %q, want the standfirst", a.Deck)
		}
		if len(a.Body) != 2 {
			t.Errorf("body %q, want the two paragraphs", a.Body)
		}
	}
}
