package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestCreditByLabelNextToCoAuthor reads a credit after a byline's names on
// a flattened page. Where the credit's label is glued to a second writer's
// name ("By Ann Lee, Bo Kim Graphics by Cy Park": the "one to three
// capitalised words" after the comma are her name and the label),
// creditByCut keeps her; where the label's own first word is capitalised
// ("Cover Art", "Staff Photo"), gluedLabelStart reads no co-writer in it.
// (A bar after a byline's first name sets off its outlet, "By Ann Lee |
// Reuters", and the text path keeps the first name alone with or without
// a credit after it: no case here.)
func TestCreditByLabelNextToCoAuthor(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Ann Lee, Bo Kim Graphics by Cy Park", []string{"Ann Lee", "Bo Kim"}},
		{"By Ann Lee, Bo Kim Illustrations by Cy Park", []string{"Ann Lee", "Bo Kim"}},
		{"By Ann Lee, Cover Art by Cy Park", []string{"Ann Lee"}},
		{"By Ann Lee, Staff Photo by Cy Park", []string{"Ann Lee"}},
	} {
		page := strings.Replace(creditByStory, "BYLINE", c.line, 1)
		if got := headAuthors(t, page); !slices.Equal(got, c.want) {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}
