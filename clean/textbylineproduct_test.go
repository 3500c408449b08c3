package clean

import (
	"slices"
	"testing"
)

// A brand's collection or a chef's dinner series credits its maker, no
// writer: bylineNames reads no names from them, while a label that ends in
// a piece's kind or a credit's noun keeps its writer.
func TestBylineNamesProductLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"The Night Line collection by Harbor Outfitters", nil},
		{"A supper series by Chef Ruth Okafor", nil},
		{"Collection by Marlow Weaving Studio", nil},
		{"Capsule by Fenna Holt", nil},
		{"The autumn tasting menu by Dario Lenti", nil},
		{"A guest post by Marta Kellner", []string{"Marta Kellner"}},
		{"An op-ed by Marta Kellner", []string{"Marta Kellner"}},
		{"The full story by Marta Kellner", []string{"Marta Kellner"}},
		{"Written by Marta Kellner", []string{"Marta Kellner"}},
		{"Editorial by Marta Kellner", []string{"Marta Kellner"}},
	} {
		if got := bylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
