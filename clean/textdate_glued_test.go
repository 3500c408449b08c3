package clean

import (
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// dateLineDay returns the day of the Date block whose text is line after
// cleaning src (with url), "" when line is no Date block.
func dateLineDay(t *testing.T, src, url, line string) string {
	t.Helper()
	res, err := String(src, &Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Text == line && b.Kind == Date && b.Stamp != nil {
			return b.Stamp.ISO()[:10]
		}
	}
	return ""
}

// gearPage is a review page whose date line is line, under its headline.
func gearPage(line string) string {
	return "Home\n\nReviews\n\nContact\n\nThe Best Kettles Under $100 for Small Kitchens\n\n" + line + "\n\n" +
		"Kettles under $100 boil water as fast as the dear ones, and you do not need to spend much to get a good one for a small kitchen.\n\n" +
		"In this guide we have picked the kettles we used for a month each, from plain steel ones to those that keep the water warm for an hour.\n"
}

// TestGluedDatePair: a date line printing two dates with nothing between
// (the theme's update and publish times, flattened) gives the earlier as
// the publish date, whichever comes first; one date, or two apart, reads
// as before.
func TestGluedDatePair(t *testing.T) {
	const url = "https://kettles.example.com/best-kettles-under-100/"
	for _, c := range []struct{ line, want string }{
		{"May 21, 2025April 24, 2025 by Jane Doe", "2025-04-24"},           // the update first
		{"April 24, 2025May 21, 2025 by Jane Doe", "2025-04-24"},           // the publish date first
		{"Posted on June 29, 2020November 12, 2021", "2020-06-29"},         // read as before
		{"May 21, 2025 by Jane Doe", "2025-05-21"},                         // one date
		{"May 21, 2025 by Jane Doe, April 24, 2025 edition", "2025-05-21"}, // not glued
	} {
		if got := dateLineDay(t, gearPage(c.line), url, c.line); got != c.want {
			t.Errorf("%q: date %q, want %q", c.line, got, c.want)
		}
	}
}

// TestGluedEarlier checks the pair's reading on its own: the second date
// must start where the first's year ends and be a full, earlier date.
func TestGluedEarlier(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // "" for no pair
	}{
		{"May 21, 2025April 24, 2025 by Jane Doe", "2025-04-24"},
		{"Last updated: January 24, 2026January 20, 2026", "2026-01-20"},
		{"April 24, 2025May 21, 2025", ""},   // the first is the earlier
		{"May 21, 2025April 2025 issue", ""}, // no day: no date
		{"May 21, 2025 April 24, 2025", ""},  // apart: not glued
		{"May 21, 2025Reviews and more", ""}, // a word, no date
		{"Top 20205April 24, 2025", ""},      // no first date there
		{"Jan 5, 2026Jan 5, 2026", ""},       // the same day twice
		{"Posted May 21, 2025April 24, 2025", "2025-04-24"},
	} {
		first, pos, ok := findDateStamp(c.line)
		if !ok {
			if c.want != "" {
				t.Errorf("%q: no first date", c.line)
			}
			continue
		}
		got := ""
		if st, ok := gluedEarlier(c.line, first, pos); ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("%q: earlier %q, want %q", c.line, got, c.want)
		}
	}
	if _, ok := gluedEarlier("x", dateparse.Stamp{}, 0); ok {
		t.Error("a line without dates gave a pair")
	}
}

// newsPage is an article whose headline has a standfirst, a byline, line
// (the date line) and a photo's credit under it.
func newsPage(byline, line string) string {
	return "News\n\nReviews\n\nTested! The best doorbell cameras for a safer front door\n\n" +
		"From wired to battery models, these are the doorbells we would put on our own doors.\n\n" +
		byline + "\n\n" + line + "\n\nImage: Rob Wexler\n\n" +
		"Doorbell cameras are easy to fit and cheap these days. They let you see who is at the door from anywhere, day or night, in any weather.\n\n" +
		"The latest models need little wiring and come with a range of features, so many that choosing one can take a while.\n"
}

// TestDateLineOverCredit: a date line between a byline and a photo's
// credit is the date line, not the photo's caption; a caption under a
// line that is no byline stays the caption.
func TestDateLineOverCredit(t *testing.T) {
	const line = "Contributor, Acme Tech Jul 24, 2025 9:00 am PDT"
	if got := dateLineDay(t, newsPage("By Michael Tanner", line), "", line); got != "2025-07-24" {
		t.Errorf("under a byline: date %q, want 2025-07-24", got)
	}
	const caption = "Crowds in Paris, Jul 24, 2025"
	if got := dateLineDay(t, newsPage("Tested in our own homes", caption), "", caption); got != "" {
		t.Errorf("a caption under no byline read as the date line (%q)", got)
	}
}
