package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestCreditByGluedLabelKeepsCoAuthor shows creditByCut dropping the second writer when a
// flattened page glues the credit's label to her name ("By Ann Lee, Bo Kim Graphics by Cy
// Park"): the "one to three capitalised words" after the comma are her name and the label.
// (A bar after a byline's first name sets off its outlet, "By Ann Lee | Reuters", and the text
// path keeps the first name alone with or without a credit after it: no case here.)
func TestCreditByGluedLabelKeepsCoAuthor(t *testing.T) {
	for _, line := range []string{
		"By Ann Lee, Bo Kim Graphics by Cy Park",
		"By Ann Lee, Bo Kim Illustrations by Cy Park",
	} {
		page := strings.Replace(creditByStory, "BYLINE", line, 1)
		if got, want := headAuthors(t, page), []string{"Ann Lee", "Bo Kim"}; !slices.Equal(got, want) {
			t.Errorf("%q: authors %q, want %q", line, got, want)
		}
	}
}
