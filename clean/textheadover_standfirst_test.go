package clean

import "testing"

// TestOverStandfirst: over a standfirst right under its shorter headline,
// with a byline's label and a name under the pair, the headline; with no
// byline or date line under the pair, or a line between the two, the
// standfirst stays, as it does under a breadcrumb trail.
func TestOverStandfirst(t *testing.T) {
	const stand = "How to keep an old house warm with a heat pump and a few changes to the radiators"
	for _, c := range []struct{ name, head, want string }{
		{"a byline under the pair", "Home\nGuides\n16 Tips for Heat Pumps in Old Houses\n" + stand + "\nBy\nJane Doe\non\nMarch 3, 2025\n", "16 Tips for Heat Pumps in Old Houses"},
		// Left alone.
		{"no byline or date line under the pair", "Home\nGuides\n16 Tips for Heat Pumps in Old Houses\n" + stand + "\nShare\n", stand},
		{"a breadcrumb trail over the pair", "Home\nGuides\nHome Hub » Guides » Heat Pumps » 16 Tips for Heat Pumps in Old Houses\n" + stand + "\nBy\nJane Doe\non\nMarch 3, 2025\n", stand},
		{"a line between the two", "Home\nGuides\n16 Tips for Heat Pumps in Old Houses\nPrint\n" + stand + "\nBy\nJane Doe\n", stand},
	} {
		if got := takenOver(t, c.head+overStory, stand, (*Page).overStandfirst); got != c.want {
			t.Errorf("%s: overStandfirst took %q, want %q", c.name, got, c.want)
		}
	}
}
