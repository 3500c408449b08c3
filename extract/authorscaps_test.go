package extract

import (
	"slices"
	"testing"
)

// TestCapsNames checks that names in capitals are written as names and
// parted where they join two people, and that other names, a one-word
// acronym and a list whose parts are no names are left as they are.
func TestCapsNames(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"MARA QUILL"}, []string{"Mara Quill"}},
		{[]string{"MARA QUILL AND TOMAS REED"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"JEAN-LUC O'NEILL & INES VALE"}, []string{"Jean-Luc O'Neill", "Ines Vale"}},
		{[]string{"Mara Quill", "TOMAS REED"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"BBC"}, []string{"BBC"}},
		{[]string{"NVIDIA GTC"}, []string{"NVIDIA GTC"}},
		{[]string{"Mara McQuill"}, []string{"Mara McQuill"}},
		{[]string{"SALT AND PEPPER KITCHEN"}, []string{"Salt And Pepper Kitchen"}},
	} {
		if got := capsNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("capsNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
