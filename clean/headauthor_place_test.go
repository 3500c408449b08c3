package clean

import (
	"slices"
	"testing"
)

// TestPlaceAfterRoleCapitals: a one-word place after a byline's role is no
// second writer whatever script's capital opens it; a word in lower case
// there is not taken for a place.
func TestPlaceAfterRoleCapitals(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Teodor Wilk, Senior Reporter, Łódź", []string{"Teodor Wilk"}},
		{"By Teodor Wilk, Senior Reporter, Örebro", []string{"Teodor Wilk"}},
		{"By Teodor Wilk, Senior Reporter, Ålesund", []string{"Teodor Wilk"}},
		{"By Teodor Wilk, Senior Reporter, Brindlemoor", []string{"Teodor Wilk"}},
		{"By Teodor Wilk, Senior Reporter, and Ilse Varga", []string{"Teodor Wilk", "Ilse Varga"}},
	} {
		if got := bylineMatch(c.in); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if placeAfterRole("Teodor Wilk, Senior Reporter, łódź", len("Teodor Wilk, Senior Reporter")) {
		t.Error("placeAfterRole took a word in lower case for a place")
	}
}
