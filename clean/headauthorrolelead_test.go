package clean

import (
	"slices"
	"testing"
)

// TestDropLeadRoles checks that a role printed before a byline's name is
// cut ("By Staff Writer Jane Doe"), on each name of a list, and that a
// role alone, a role before a single word and a name that opens with no
// role are left as they are.
func TestDropLeadRoles(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"Staff Writer Mara Quill"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill", "Senior Correspondent Tomas Reed"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"Staff Writer"}, []string{"Staff Writer"}},
		{[]string{"Content Team"}, []string{"Content Team"}},
		{[]string{"Guest Mara"}, []string{"Guest Mara"}},
		{[]string{"Mara Quill"}, []string{"Mara Quill"}},
	} {
		if got := dropLeadRoles(slices.Clone(c.in)); !slices.Equal(got, c.want) {
			t.Errorf("dropLeadRoles(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := bylineMatch("By Staff Writer Mara Quill"); !slices.Equal(got, []string{"Mara Quill"}) {
		t.Errorf(`bylineMatch("By Staff Writer Mara Quill") = %q, want ["Mara Quill"]`, got)
	}
}
