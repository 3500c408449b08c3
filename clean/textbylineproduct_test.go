package clean

import (
	"slices"
	"testing"
)

// A brand's collection or a chef's supper credits its maker, no writer:
// bylineNames reads no names from them, while a label that ends in any
// other noun keeps its writer, an article before it or not ("An
// investigation by", "A five-part series by").
func TestBylineNamesProductLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"The Night Line collection by Harbor Outfitters", nil},
		{"A spring supper by Chef Ruth Okafor", nil},
		{"Collection by Marlow Weaving Studio", nil},
		{"Capsule by Fenna Holt", nil},
		{"The autumn tasting menu by Dario Lenti", nil},
		{"A favorite by The Harbor Post's Gear Desk", nil},
		{"Top pick by Harbor Review Lab", nil},
		{"A guest post by Marta Kellner", []string{"Marta Kellner"}},
		{"An op-ed by Marta Kellner", []string{"Marta Kellner"}},
		{"The full story by Marta Kellner", []string{"Marta Kellner"}},
		{"Written by Marta Kellner", []string{"Marta Kellner"}},
		{"Editorial by Marta Kellner", []string{"Marta Kellner"}},
		{"An investigation by Marta Kellner", []string{"Marta Kellner"}},
		{"The Long Read by Marta Kellner", []string{"Marta Kellner"}},
		{"A Harbor Post investigation by Marta Kellner", []string{"Marta Kellner"}},
		{"The Big Read by Marta Kellner", []string{"Marta Kellner"}},
		{"A Fact Check by Marta Kellner", []string{"Marta Kellner"}},
		{"A weekly roundup by Marta Kellner", []string{"Marta Kellner"}},
		{"A special edition by Marta Kellner", []string{"Marta Kellner"}},
		{"A longread by Marta Kellner", []string{"Marta Kellner"}},
		{"A five-part series by Marta Kellner", []string{"Marta Kellner"}},
		{"Series by Marta Kellner", []string{"Marta Kellner"}},
	} {
		if got := bylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
