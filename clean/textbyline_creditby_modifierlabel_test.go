package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestCreditByModifiedLabelNotCoAuthor shows gluedLabelStart reading a credit label's own first word
// ("Cover Art", "Staff Photo"; both right before fixhead75) as a co-writer's name glued to the label.
func TestCreditByModifiedLabelNotCoAuthor(t *testing.T) {
	for _, line := range []string{
		"By Ann Lee, Cover Art by Cy Park",
		"By Ann Lee, Staff Photo by Cy Park",
	} {
		page := strings.Replace(creditByStory, "BYLINE", line, 1)
		if got, want := headAuthors(t, page), []string{"Ann Lee"}; !slices.Equal(got, want) {
			t.Errorf("%q: authors %q, want %q", line, got, want)
		}
	}
}
