package extract

import (
	"slices"
	"testing"
)

// commaParts parts an "&" between two people's names after people's
// names alone, never a role's halves nor after a part that is no person's.
func TestCommaPartsAmpersand(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Ann Lee, Bo Kim & Cy Dunn", []string{"Ann Lee", "Bo Kim", "Cy Dunn"}},
		{"Ann Lee, Bo Kim, Cy Dunn & Di Hale", []string{"Ann Lee", "Bo Kim", "Cy Dunn", "Di Hale"}},
		{"Ann Lee, Head Chef & Restaurant Owner", []string{"Ann Lee", "Head Chef & Restaurant Owner"}},
		{"Ann Lee, Bo Kim, Senior Gardener & Orchard Keeper", []string{"Ann Lee", "Bo Kim", "Senior Gardener & Orchard Keeper"}},
		{"Ann Lee, DVM, Bo Kim & Cy Dunn", []string{"Ann Lee", "DVM", "Bo Kim & Cy Dunn"}},
	} {
		if got := commaParts(c.in); !slices.Equal(got, c.want) {
			t.Errorf("commaParts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
