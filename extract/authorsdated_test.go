package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// sidebarDatedPage is flattened text whose sidebar prints dated teasers
// above the headline, and whose headline's own date line signs the story,
// the name glued to the date by a scraper.
const sidebarDatedPage = `Latest Episodes
March 12, 2026
Episode 569 – From Seed Trays to Sheds
March 5, 2026
Episode 568 – Ten Tools We Keep
Home » Guides » How to Price a Garden Shed Repair
How to Price a Garden Shed Repair: Rates, Materials and Margins
By Maria WrenleyJanuary 4, 2026Updated:January 8, 20262 Comments7 Mins Read
Pricing a shed repair well starts with knowing what the job really takes: the hours, the timber and the trips to the yard, which many owners underestimate.
Most repairs fall into three groups, from a new door or hinge to a replaced floor, and each group has its own typical range of hours and materials to plan for.
A fair margin covers the quiet weeks as well as the busy ones, so set it once a year from your books rather than from what the nearest rival charges.
`

// TestAuthorsFromHeadDateLineUnderSidebar checks that the date line under
// the headline gives the article its author though a sidebar's date above
// the headline was read first.
func TestAuthorsFromHeadDateLineUnderSidebar(t *testing.T) {
	a, err := extract.Text([]byte(sidebarDatedPage), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Authors, []string{"Maria Wrenley"}) {
		t.Errorf("authors %q, want [Maria Wrenley]", a.Authors)
	}
}
