package clean

import (
	"slices"
	"testing"
)

// TestBarCoAuthorNotSectionOrPlace shows barCoAuthors reads a section, a league, a region or a place the
// place table lacks after a byline's bar as a second writer ("By Ann Lee | Real Estate" gives "Real Estate").
func TestBarCoAuthorNotSectionOrPlace(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Ann Lee | Real Estate", []string{"Ann Lee"}},
		{"By Ann Lee | Premier League", []string{"Ann Lee"}},
		{"By Ann Lee | Middle East", []string{"Ann Lee"}},
		{"By Ann Lee | Climate Change", []string{"Ann Lee"}},
		{"By Ann Lee | Las Vegas", []string{"Ann Lee"}},
		{"By Ann Lee | Palo Alto", []string{"Ann Lee"}},
		{"Por Ana Souza | Rio Grande", []string{"Ana Souza"}},
		{"Par Anne Roux | Le Monde", []string{"Anne Roux"}},
	} {
		if got := bylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := pageAuthors(t, barPage, "By Ann Lee | Real Estate"); !slices.Equal(got, []string{"Ann Lee"}) {
		t.Errorf("page authors %q, want [Ann Lee]", got)
	}
}
