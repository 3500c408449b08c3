package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestCardAuthorPastTeaserDates checks that a list of other posts by the
// headline whose date lines sign their writers ("Jon Alder |July 15,
// 2025") does not stop the author box under the story ("Author" over
// "Maria Wrenley") from giving the byline, while a date line in the
// story's head that names its writer still does (the box then gives
// none).
func TestCardAuthorPastTeaserDates(t *testing.T) {
	bare := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", "", 1)
	teasers := "11 min read\nRecent posts\nHow to Hang a Shed Door\nJon Alder |July 15, 2025\nPicking Roof Felt\nAnn Poe |June 2, 2025\nTable of Contents\n"
	box := "Author\nMaria Wrenley\n"
	for _, c := range []struct {
		name, date string
		want       []string
	}{
		{"teasers by the headline", "March 3, 2025\n", []string{"Maria Wrenley"}},
		{"the head's date line names the writer", "Tomas Wrenley | March 3, 2025\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(bare, "March 3, 2025\n", c.date+teasers, 1) + box
			if got := headAuthors(t, page); !slices.Equal(got, c.want) {
				t.Errorf("bylines' authors %q, want %q", got, c.want)
			}
		})
	}
}
