package clean

import "testing"

// TestGluedDatesNoHeadline: a line that opens with two dates glued
// together (a theme's publish and update times flattened) is a date line,
// never a headline, whatever follows the dates; a headline that holds a
// year glued to a word, with no whole date before it, is still one.
func TestGluedDatesNoHeadline(t *testing.T) {
	for _, c := range []struct {
		line string
		trap bool
	}{
		{"May 21, 2025April 24, 2025 by Jane Doe", true},
		{"21 May 2025April 24, 2025", true},
		{"Best Coffee Grinders of 2025April Picks", false},
		{"May 21, 2025 Ministers agree on a road link", false},
	} {
		if got := isTitleTrap(c.line); got != c.trap {
			t.Errorf("isTitleTrap(%q) = %v, want %v", c.line, got, c.trap)
		}
	}
	const para = "\n\nThe two ministers met in Moscow on Tuesday, officials said after the talks. The road opens next year and more will follow.\n"
	if got := titleOf(t, "May 21, 2025April 24, 2025 by Jane Doe"+para); got == "May 21, 2025April 24, 2025 by Jane Doe" {
		t.Errorf("an untitled page took its glued date line for the headline")
	}
	if got := titleOf(t, "Ministers agree on a road link\n\nMay 21, 2025April 24, 2025 by Jane Doe"+para); got != "Ministers agree on a road link" {
		t.Errorf("headline %q, want the line over the date line", got)
	}
}
