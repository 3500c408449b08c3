package clean

import (
	"slices"
	"testing"
)

// A translator's credit alone names no writer; beside a writer's byline
// the writer is the author (invented bylines).
func TestBylineMatchTranslator(t *testing.T) {
	for in, want := range map[string][]string{
		"Translated by Mark Rowe":                           nil,
		"Translated by: Mark Rowe":                          nil,
		"By Olena Kravets. Translated by Mark Rowe":         {"Olena Kravets"},
		"Written by Olena Kravets, translated by Mark Rowe": {"Olena Kravets"},
	} {
		if got := bylineMatch(in); !slices.Equal(got, want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", in, got, want)
		}
	}
}
