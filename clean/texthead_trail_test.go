package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// TestTrailNames checks the trail-end feature: a headline under a trail
// whose labels flattened text glued together, under a trail with
// separators, and under a trail that cuts its last label short is marked;
// a heading of the story, a trail itself and a line under an unrelated
// line are not.
func TestTrailNames(t *testing.T) {
	for _, c := range []struct {
		name, page, line string
		want             float64
	}{
		{"glued", "Sign in\nHomeGuidesGardenWatering Tomatoes in a Heatwave\nWatering Tomatoes in a Heatwave\n", "Watering Tomatoes in a Heatwave", 1},
		{"separators", "Home / Guides / Garden / Watering Tomatoes in a Heatwave\nShare\nWatering Tomatoes in a Heatwave\n", "Watering Tomatoes in a Heatwave", 1},
		{"cut short", "Newsroom / Blogs / How Dry Summers Change the...\nShare\nPrint\nHow Dry Summers Change the Way We Water Tomatoes\n", "How Dry Summers Change the Way We Water Tomatoes", 1},
		{"cut short after a chevron", "Newsroom › Blogs › How Dry Summers Change the...\nShare\nHow Dry Summers Change the Way We Water Tomatoes\n", "How Dry Summers Change the Way We Water Tomatoes", 1},
		{"other line", "Gardening Club News\nWatering Tomatoes in a Heatwave\n", "Watering Tomatoes in a Heatwave", 0},
		{"two words cut", "Home / The Dry...\nThe Dry Summer of Our Tomatoes\n", "The Dry Summer of Our Tomatoes", 0},
	} {
		page := c.page + "Tomatoes in pots dry out within a day in a heatwave, so water them early in the morning and again at dusk if the soil is dry.\n" +
			"A saucer under each pot keeps what runs through for the roots to draw on later, and a mulch of straw slows the drying further.\n"
		cands, err := headline.Candidates([]byte(page), "")
		if err != nil {
			t.Fatal(err)
		}
		f := slices.Index(headline.Names, "trail-end")
		if f < 0 {
			t.Fatal("headline.Names lacks trail-end")
		}
		found := false
		for _, cd := range cands {
			if cd.Text != c.line {
				if cd.X[f] != 0 && cd.Text != c.line {
					t.Errorf("%s: %q marked trail-end", c.name, cd.Text)
				}
				continue
			}
			found = true
			if cd.X[f] != c.want {
				t.Errorf("%s: %q trail-end %v, want %v", c.name, cd.Text, cd.X[f], c.want)
			}
		}
		if !found {
			t.Errorf("%s: %q is no candidate", c.name, c.line)
		}
	}
}
