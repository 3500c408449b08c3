package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text whose head gives no date, the line holding only a
// date nearest the headline gives it, after the address's date.
func TestTextDateAlone(t *testing.T) {
	const title, first, second, third = shedTitle, shedFirst, shedSecond, shedThird
	menu := shedMenu
	for _, c := range []struct {
		name, url, src, published, from string
	}{
		{"the date alone under the story", "", menu + title + first + second + third + "Jane Doe\nFebruary 10, 2025\nOur services\n", "2025-02-10", "date-line"},
		{"a date strip with the comment count", "", menu + title + first + second + third + "Jane Doe\nFebruary 10, 2025 · 4 Comments\nOur services\n", "2025-02-10", "date-line"},
		{"the nearest of two", "", menu + title + first + second + third + "Jane Doe\nFebruary 10, 2025\nOur services\nShed building\nFence repairs\nMarch 2, 2024\n", "2025-02-10", "date-line"},
		{"leave alone: the address's date first", "https://example.com/2024/03/02/garden-shed/", menu + title + first + second + third + "Jane Doe\nFebruary 10, 2025\n", "2024-03-02", "url"},
		{"leave alone: a date line between the story's paragraphs", "", menu + title + first + second + "February 10, 2025\n" + third, "", ""},
		{"leave alone: a date line under an update's label", "", menu + title + first + second + third + "Last updated on\nFebruary 10, 2025\n", "2025-02-10", "modified"},
		{"leave alone: the dates of a thread of readers' comments", "", menu + title + first + second + third +
			"Mira Holt says:\nMarch 3, 2025 at 9:12 am\nWe built one from this guide last spring and it still stands.\nReply\n" +
			"Tom Berg says:\nMarch 4, 2025 at 6:40 pm\nHow deep did you set the corner posts for yours?\nReply\n" +
			"Ana Ruiz says:\nMarch 5, 2025 at 8:05 am\nThe roof section was the part I found most useful.\nReply\n", "", ""},
		{"the outlet's zone for the time of a date line below the story", "https://turan.az/en/social/garden-shed", menu + title + first + second + third + "Jane Doe\nFebruary 10, 2025 10:15\nOur services\n", "2025-02-10T10:15:00+04:00", "date-line"},
		{"leave alone: no outlet, no zone", "", menu + title + first + second + third + "Jane Doe\nFebruary 10, 2025 10:15\nOur services\n", "2025-02-10T10:15:00", "date-line"},
		{"leave alone: the zone the line prints", "https://turan.az/en/social/garden-shed", menu + title + first + second + third + "Jane Doe\nFebruary 10, 2025 10:15 GMT\nOur services\n", "2025-02-10T10:15:00+00:00", "date-line"},
		{"a comment's stamp in a thread the detectors left (two comments, no heading)", "", menu + title + first + second + third +
			"Mira Holt says:\nMarch 3, 2025 at 9:12 am\nWe built one from this guide last spring and it still stands.\nReply\n" +
			"Tom Berg says:\nMarch 4, 2025 at 6:40 pm\nHow deep did you set the corner posts for yours?\nReply\n", "", ""},
		{"a comment's stamp under the commenter's name alone", "", menu + title + first + second + third +
			"Mira Holt\nMarch 3, 2025 at 9:12 am\nWe built one from this guide last spring and it still stands.\nReply\n" +
			"Tom Berg\nMarch 4, 2025 at 6:40 pm\nHow deep did you set the corner posts for yours?\nReply\n", "", ""},
		{"leave alone: the story's date above a thread the detectors left", "", menu + title + "February 10, 2025\n" + first + second + third +
			"Mira Holt says:\nMarch 3, 2025 at 9:12 am\nWe built one from this guide last spring and it still stands.\nReply\n" +
			"Tom Berg says:\nMarch 4, 2025 at 6:40 pm\nHow deep did you set the corner posts for yours?\nReply\n", "2025-02-10", "date-line"},
		{"leave alone: the writer's name and date under the story, a reply button far below", "", menu + title + first + second + third +
			"Jane Doe\nFebruary 10, 2025\nOur services\nShed building\nFence repairs\nGarden design\nDecking\nPaving\nTurfing\nHedges\nPonds\nLighting\nIrrigation\nFencing\nReply\n", "2025-02-10", "date-line"},
		{"not the site's date in the header, which the outlet's rule labels as its chrome", "https://radar.am/en/news/garden-shed/", "Thursday, 30 November 2023\n" + menu + title + first + second + third, "", ""},
		{"leave alone: the same line on a page of no outlet", "", "Thursday, 30 November 2023\n" + menu + title + first + second + third, "2023-11-30", "date-line"},
		{"leave alone: a date in a sentence", "", menu + title + first + second + third + "The workshop opens on February 10, 2025 at the community hall.\n", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, &extract.Options{URL: c.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q, want %q from %q", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}
