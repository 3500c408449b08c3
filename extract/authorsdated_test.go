package extract_test

import (
	"fmt"
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

// TestHandleByline checks a handle in lower case that signs the story under
// its date line ("by lundgren_a"), and that the site's own account signing
// so is no author.
func TestHandleByline(t *testing.T) {
	dated := `<meta property="article:published_time" content="2025-12-19">`
	top := `<h1>Harbour works begin</h1><p><time datetime="2025-12-19">December 19, 2025</time></p><p>by %s</p>`
	a, err := extract.HTMLBytes(page(dated, fmt.Sprintf(top, "lundgren_a")), "text/html; charset=utf-8",
		&extract.Options{URL: "https://www.harbourpost.example/news/works"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Authors, []string{"lundgren_a"}) {
		t.Errorf("authors %q, want [lundgren_a]", a.Authors)
	}
	t.Run("leave alone: the site's own account", func(t *testing.T) {
		noAuthor(t, "https://www.harbourpost.example/news/works", page(dated, fmt.Sprintf(top, "harbourpost")))
	})
}
