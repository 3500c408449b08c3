package clean

import (
	"slices"
	"testing"
)

// TestBylineUpdater checks that "Updated by" credits no writer: alone it
// gives nobody, before a writer's byline it gives the writer, and after
// one it ends the writer's names.
func TestBylineUpdater(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Updated by Pieter Vos", nil},
		{"Updated by: Pieter Vos on June 3, 2025", nil},
		{"Last updated by Pieter Vos", nil},
		{"Updated by Pieter Vos. Written by Leif Andersen", []string{"Leif Andersen"}},
		{"By Leif Andersen Updated by Pieter Vos", []string{"Leif Andersen"}},
		{"By Leif Andersen", []string{"Leif Andersen"}},
	} {
		if got := bylineMatch(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestProfileLinkLabelName checks the name read after the words of a
// link to a writer's other stories, and that other labels give none.
func TestProfileLinkLabelName(t *testing.T) {
	for label, want := range map[string]string{
		"More from Tobiah Marsh":       "Tobiah Marsh",
		"MORE BY Tobiah Marsh":         "Tobiah Marsh",
		"See all posts by Ines Vidal":  "Ines Vidal",
		"All articles by  Ines Vidal ": "Ines Vidal",
		"Tobiah Marsh":                 "",
		"More from":                    "",
		"Moreover Tobiah Marsh":        "",
		"More":                         "",
		"":                             "",
	} {
		if got := profileLinkLabelName(label); got != want {
			t.Errorf("profileLinkLabelName(%q) = %q, want %q", label, got, want)
		}
	}
}
