package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestCountStripByline checks the strip of parts over the headline that
// names its author between a count of comments and a date.
func TestCountStripByline(t *testing.T) {
	const headline = "How to Price a Garden Shed Repair: Rates, Materials and Margins\n"
	for _, c := range []struct {
		name, strip string
		want        []string
	}{
		{"a name between a count and a date", "12 Comments | Maria Wrenley | Last Updated: March 3, 2025\n", []string{"Maria Wrenley"}},
		{"no date: a menu's parts", "12 Comments | Maria Wrenley | Pricing\n", nil},
		{"no count", "Guides | Maria Wrenley | Last Updated: March 3, 2025\n", nil},
		{"two names", "12 Comments | Maria Wrenley | Jon Alder | March 3, 2025\n", nil},
		{"a section is no name", "12 Comments | Pricing Guides | March 3, 2025\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", "", 1)
			page = strings.Replace(page, headline, c.strip+headline, 1)
			if got := headAuthors(t, page); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
