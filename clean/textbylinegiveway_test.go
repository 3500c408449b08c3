package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestBareNameGivesWay checks the lines by the headline of flattened text
// that are no byline though a bare name there would be one: a tag under
// its label over the date line, a column's name with a weekday in it, a
// bare line right under the headline where a byline's label over a name
// stands lower, before the story, the date's label alone over it (a
// store's "Released" over the release date); and the bare names it must
// leave alone:
// a forename over the date line with no label above it, a person's name
// over the date line.
func TestBareNameGivesWay(t *testing.T) {
	for name, c := range map[string]struct {
		head string
		want []string
	}{
		"a tag under its label":            {standfirst + "Tags:\nCarpentry\nMarch 3, 2025\n", nil},
		"a column named after a weekday":   {standfirst + "Friday Workshop\nMarch 3, 2025\n", nil},
		"the date's label over it":         {standfirst + "Filed notes\nReleased\nMarch 3, 2025\n", nil},
		"a label over a name lower down":   {"Ask Anything\nHomework Help\nWritten by\nMaria Wrenley\nMarch 3, 2025\n", []string{"Maria Wrenley"}},
		"a forename over the date, no tag": {standfirst + "Filed notes\nGabo\nMarch 3, 2025\n", []string{"Gabo"}},
		"a name over the date":             {standfirst + "Maria Wrenley\nMarch 3, 2025\n", []string{"Maria Wrenley"}},
		"a name under the headline, alone": {"Maria Wrenley\nMarch 3, 2025\n", []string{"Maria Wrenley"}},
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head, 1)
			if got := headAuthors(t, page); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
