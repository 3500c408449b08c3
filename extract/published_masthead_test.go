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
	const title = "How to plan a garden shed\n"
	const date = "December 17, 2025\n"
	const story = "Most sheds stand on a base of paving slabs or a timber frame, and the choice depends on the ground, the weight of what goes inside and the budget you have.\n" +
		"A pent roof sheds rain to one side and suits a shed against a fence, while an apex roof gives more headroom in the middle and looks better in an open garden.\n" +
		"Ask the supplier whether the price includes delivery and assembly, since both can add a fifth to the cost of a small shed in our survey.\n"
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
