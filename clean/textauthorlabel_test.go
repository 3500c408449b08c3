package clean

import (
	"slices"
	"strings"
	"testing"
)

// labelPage is shedPage without its byline and with foot under the
// story's links: a byline's label and a name on the next line, or what
// looks like them.
func labelPage(foot string) string {
	page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", "", 1)
	return page + foot
}

// TestLabelledNameAnywhere checks a byline's label alone over the
// writer's name away from the headline: taken where it is the page's only
// one, or printed twice with the same name; not where two labels name two
// people, where the name is no person's, or where a forename alone stands
// under a label other than "Written by" or "Posted by".
func TestLabelledNameAnywhere(t *testing.T) {
	for _, c := range []struct {
		name, foot string
		want       []string
	}{
		{"written by over a name", "Written by\nMaria Wrenley\nMore from the workshop desk\n", []string{"Maria Wrenley"}},
		{"posted by with a colon, a role after the name", "Posted by:\nMaria Wrenley, Senior Editor\nPrevious post\n", []string{"Maria Wrenley"}},
		{"the box printed twice", "Author\nMaria Wrenley\nShare\nAuthor\nMaria Wrenley\n", []string{"Maria Wrenley"}},
		{"two labels, two people", "Author\nMaria Wrenley\nShare\nAuthor\nJon Alder\n", nil},
		{"a forename under written by", "Written by\nMarta\nProduct marketer\n", []string{"Marta"}},
		{"a forename under posted by, the blog's name after a slash", "Posted by:\nMarta / The Shed Diary\nPrevious Post\n", []string{"Marta"}},
		{"a forename under a filter's label", "Author\nVenue\nInstitution\n", nil},
		{"a forename under by", "Cordless Shed Drill\nBy\nMarta\n", nil},
		{"a product card's maker", "Cordless Shed Drill\nby\nGarden Tools\n", nil},
		{"a fact checker's label", "Fact checked by\nJon Alder\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := headAuthors(t, labelPage(c.foot)); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
