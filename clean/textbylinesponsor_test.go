package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestBylineNamesSponsor checks that a sponsor's or a site maker's credit
// ("Presented By Acme", "Powered by WordPress", "By" over "Sponsored by
// Acme") gives no byline's names, and that the labels of a writer's
// byline still do.
func TestBylineNamesSponsor(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Presented By Acme Shedworks", nil},
		{"Sponsored by Acme Shedworks", nil},
		{"Powered by WordPress", nil},
		{"Website designed by Studio Nine", nil},
		{"By Sponsored by Acme Shedworks", nil},
		{"By Maria Wrenley", []string{"Maria Wrenley"}},
		{"Story by Maria Wrenley", []string{"Maria Wrenley"}},
		{"Written by Maria Wrenley and Jon Alder", []string{"Maria Wrenley", "Jon Alder"}},
	} {
		if got := bylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestSponsorPromoOverByline checks that a sponsor's promotion printed by
// the headline ("Presented By Acme Shedworks" over "Download Now") does
// not become the story's byline, and that the writer's byline under it
// does.
func TestSponsorPromoOverByline(t *testing.T) {
	page := strings.Replace(shedPage, "Written by\n", "Presented By Acme Shedworks\nDownload Now\nWritten by\n", 1)
	if got := headAuthors(t, page); !slices.Equal(got, []string{"Tomas Wrenley"}) {
		t.Errorf("authors %q, want [Tomas Wrenley]", got)
	}
}
