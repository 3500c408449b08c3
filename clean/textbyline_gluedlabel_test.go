package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestBylineNamesGluedLabel checks that a byline's label glued to the first
// name by its colon ("Authors:Jane Doe, John Roe") gives the names, in any
// case, and that a label glued to a word in lower case ("author:username",
// a code sample's key) or a word only containing the label gives none.
func TestBylineNamesGluedLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Authors:Maria Wrenley, Jon Alder", []string{"Maria Wrenley", "Jon Alder"}},
		{"AUTHOR:Maria Wrenley", []string{"Maria Wrenley"}},
		{"Contributors:Maria Wrenley and Jon Alder", []string{"Maria Wrenley", "Jon Alder"}},
		{"author:username", nil},
		{"Coauthors:Maria Wrenley", nil},
	} {
		if got := bylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestGluedLabelByline checks the glued label read as the headline's
// byline on a whole page.
func TestGluedLabelByline(t *testing.T) {
	page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", "Authors:Tomas Wrenley, Ines Hale\n", 1)
	if got := headAuthors(t, page); !slices.Equal(got, []string{"Tomas Wrenley", "Ines Hale"}) {
		t.Errorf("authors %q, want [Tomas Wrenley Ines Hale]", got)
	}
}
