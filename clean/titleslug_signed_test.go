package clean

import (
	"strings"
	"testing"
)

// lampPage is a buying guide: its headline with a byline glued to its
// update line under it, a table of contents, and a section's heading that
// says the slug's words right over the story.
const lampPage = `Skip to content
Home
Gear
Trail Lamps
The 9 Best Trail Lamps of 2026
These lamps outshone the rest on night hikes, climbs and more.
By Jana KowalczykUpdated: Mar 3, 2026 9:15 AM
Best Trail Lamps
How We Tested
Full Reviews
Best Overall
Best Budget Pick
Best for Running
Best for Climbing
Best Rechargeable
Best Lightweight
What to Consider
Our Experts
Sources
How to Choose the Best Trail Lamps FAQs
A trail lamp has one job, to light the next few steps of the path, and the best of them do it for a whole night on one charge without a hot spot.
Brightness matters less than beam shape: a wide, even flood shows roots and stones, while a narrow spot only helps when you look for the next marker.
Weight and fit decide whether you will wear it at all, so we walked every lamp for at least ten hours before we scored its beam and battery.
Related guides
`

// TestSlugLineSigned checks that a headline with a byline under it keeps
// the slug rule's choice over a section's heading right over the story,
// further down than headOver looks, that says the slug's words as well;
// and that without the byline the heading over the story still wins.
func TestSlugLineSigned(t *testing.T) {
	const url = "https://example.com/gear/best-trail-lamps/"
	for _, c := range []struct {
		page, want string
	}{
		{lampPage, "The 9 Best Trail Lamps of 2026"},
		{strings.Replace(lampPage, "By Jana KowalczykUpdated: Mar 3, 2026 9:15 AM\n", "", 1), "How to Choose the Best Trail Lamps FAQs"},
	} {
		page := strings.ReplaceAll(c.page, "\n", "\n\n") // blank lines apart, as most pages print them
		res, err := String(page, &Options{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, b := range res.Blocks {
			if b.Kind == Title && b.Rule == "generic/title" {
				got = b.Text
			}
		}
		if got != c.want {
			t.Errorf("title %q, want %q", got, c.want)
		}
	}
}
