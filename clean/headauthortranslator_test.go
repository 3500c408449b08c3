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
		// a writer who also translated or edited her story is its author
		"Written and translated by Olena Kravets":  {"Olena Kravets"},
		"Reported and translated by Olena Kravets": {"Olena Kravets"},
		"By and translated by Olena Kravets":       {"Olena Kravets"},
		"Written and edited by Olena Kravets":      {"Olena Kravets"},
		"Edited and translated by Mark Rowe":       nil,
	} {
		if got := bylineMatch(in); !slices.Equal(got, want) {
			t.Errorf("bylineMatch(%q) = %q, want %q", in, got, want)
		}
	}
}
