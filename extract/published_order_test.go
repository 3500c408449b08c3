package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A numeric date that reads both ways ("09.10.2024") is read in the order
// the page writes its other numeric dates: month first where they can
// only be month first, day first otherwise.
func TestPublishedPageOrder(t *testing.T) {
	story := shedMenu + shedTitle + shedFirst + shedSecond + shedThird
	posts := "More guides\nHow to build a fence\n11.24.2025\nHow to lay a patio\n10.28.2025\n"
	for _, c := range []struct {
		name, src, published string
	}{
		{"month first, as the list of posts", story + "Jane Doe\n09.10.2024\n" + posts, "2024-09-10"},
		{"leave alone: no other numeric date", story + "Jane Doe\n09.10.2024\n", "2024-10-09"},
		{"leave alone: the page writes day first too", story + "Jane Doe\n09.10.2024\n" + posts + "How to paint a shed\n24.11.2025\n", "2024-10-09"},
		{"leave alone: a date that reads one way", story + "Jane Doe\n09.13.2024\n" + posts, "2024-09-13"},
		{"leave alone: a date in words", story + "Jane Doe\nOctober 9, 2024\n" + posts, "2024-10-09"},
		{"month first, as the same day in words", story + "Jane Doe\n09.10.2024\nMore posts\nSeptember 10, 2024\n", "2024-09-10"},
		{"month first, as the same day in words day first", story + "Jane Doe\n09.10.2024\nMore posts\n10th Sept 2024\n", "2024-09-10"},
		{"leave alone: the same day in words", story + "Jane Doe\n09.10.2024\nMore posts\nOctober 9, 2024\n", "2024-10-09"},
		{"leave alone: both readings' days in words", story + "Jane Doe\n09.10.2024\nMore posts\nOctober 9, 2024\nSeptember 10, 2024\n", "2024-10-09"},
		{"leave alone: another day in words, month first", story + "Jane Doe\n09.10.2024\nUpdated October 12, 2024\n", "2024-10-09"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published[:min(10, len(a.Published))] != c.published {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}

// On flattened text, a byline written as a sentence that its date closes,
// under the headline, gives the date; a reviewer's date is an update's,
// taken as published only where the page gives no other date.
func TestTextBylineSentenceDate(t *testing.T) {
	head := shedMenu + shedTitle
	body := shedFirst + shedSecond + shedThird
	for _, c := range []struct {
		name, src, published, from string
	}{
		{"written by, on a date", head + "Written by Jane Doe, Garden Editor at Shed Weekly, on March 4, 2025.\n" + body, "2025-03-04", "date-line"},
		{"reviewed by, on a date", head + "Reviewed by Jane Doe, Senior Carpenter at Acme Sheds, on December 9, 2024.\n" + body, "2024-12-09", "modified"},
		{"leave alone: a sentence that names a day", head + "The county opened its new timber yard on March 4, 2025.\n" + body, "", ""},
		{"leave alone: a caption that goes on after its date", head + "Photo by Jane Doe on March 4, 2025, at the county fair.\n" + body, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; got != c.published || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q, want %q from %q", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}

// A numeric date that reads both ways is read as the story's agency
// dateline names it: "04/03/2025 10:15 AM", month first by its AM alone,
// is 4 March under "KUALA LUMPUR, March 4 (Bernama)"; a dateline that
// names neither reading, or a date that reads one way, leaves it alone.
func TestPublishedDatelineOrder(t *testing.T) {
	const title = "Ringgit opens higher against US dollar\n"
	const second = "\nAt 9 am, the local note stood at 4.4350/4400 against the greenback from Monday's close of 4.4500/4550, a dealer said.\n"
	const story = " -- The ringgit opened higher against the US dollar on Tuesday as investors bought the local currency after the central bank kept its policy rate unchanged.\n"
	for _, c := range []struct {
		name, date, dateline, published string
	}{
		{"the dateline names the day first reading", "04/03/2025 10:15 AM", "KUALA LUMPUR, March 4 (Bernama)", "2025-03-04"},
		{"the dateline names the month first reading", "04/03/2025 10:15", "KUALA LUMPUR, April 3 (Bernama)", "2025-04-03"},
		{"leave alone: the dateline names another day", "04/03/2025 10:15 AM", "KUALA LUMPUR, March 5 (Bernama)", "2025-04-03"},
		{"leave alone: a date in words", "April 3, 2025 10:15 AM", "KUALA LUMPUR, March 4 (Bernama)", "2025-04-03"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(title+c.date+"\n\n"+c.dateline+story+second, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published[:min(10, len(a.Published))] != c.published {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}
