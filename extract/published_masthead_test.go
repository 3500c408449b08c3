package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A date line in the site's top bar, well above the headline (the day's
// date), gives way to the date line under the headline; the top bar's goes
// to the removed list. Without a date line under the headline, or with the
// first one right above it, the first stays.
func TestTextMastheadDate(t *testing.T) {
	const masthead = "Friday, December 19, 2025\n"
	const menu = "Home\nNews\nGardening\nRecipes\nEvents\nClassifieds\n"
	const title = shedTitle
	const date = "December 17, 2025\n"
	const story = shedFirst + shedSecond + shedThird
	for _, c := range []struct {
		name, src, published string
	}{
		{"the top bar's date, then the date under the headline", masthead + menu + title + "By Jane Doe\n" + date + story, "2025-12-17"},
		{"leave alone: no date under the headline", masthead + menu + title + "By Jane Doe\n" + story, "2025-12-19"},
		{"leave alone: the first date right above the headline", menu + masthead + title + "By Jane Doe\n" + date + story, "2025-12-19"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.published)
			}
			var removed []string
			for _, r := range a.Removed {
				removed = append(removed, r.Text)
			}
			if c.published == "2025-12-17" && !slices.Contains(removed, "Friday, December 19, 2025") {
				t.Errorf("the top bar's date is not in removed: %q", removed)
			}
		})
	}
}
