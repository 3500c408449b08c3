package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestBylineOverTagRow checks a byline's label over a row of category
// links the scraper glued into one line, the name under the row: the name
// is the author, the row is metadata; and a name line with an inner
// capital of a name's own ("McAlder") is read as before. A standfirst
// stands over the label, as on the pages that print this form.
func TestBylineOverTagRow(t *testing.T) {
	const deck = "A step-by-step guide to the hours, the timber and the margin that a fair price for a shed repair covers.\n"
	for _, c := range []struct {
		name, under string
		want        []string
	}{
		{"a glued row of categories over the name", "By\nShed GuidesJust StartedGarden Planning\nTomas Wrenley\n", []string{"Tomas Wrenley"}},
		{"leave alone: a name with a short prefix before its inner capital", "By\nTomas McAlder\n", []string{"Tomas McAlder"}},
		{"leave alone: a handle of one word", "By\nEditorTomas\nTomas Wrenley\n", []string{"EditorTomas"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", deck+c.under, 1)
			if got := headAuthors(t, page); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestGluedRow checks which lines read as glued category links.
func TestGluedRow(t *testing.T) {
	for s, want := range map[string]bool{
		"Wedding ChecklistsJust EngagedWedding Planning": true,
		"Shed GuidesJust Started":                        true,
		"Naoise McNally":                                 false,
		"Ewan MacLeod":                                   false,
		"EditorDavid":                                    false, // one word: a handle
		"Jane O'Brien":                                   false,
		"Jane DOE":                                       false,
	} {
		if got := gluedRow(s); got != want {
			t.Errorf("gluedRow(%q) = %v, want %v", s, got, want)
		}
	}
}
