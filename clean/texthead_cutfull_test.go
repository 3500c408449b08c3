package clean

import (
	"strings"
	"testing"
)

// TestCutTitleFull: a headline the headline model took in its cut copy (a
// trail's last label or a teaser line ending in an ellipsis) gives way to
// the headline printed in full a few lines under it, a share strip
// between, in any of the forms a trail prints it; a teaser whose line
// below goes on to a sentence, a cut part of two words, a cut copy with
// nothing under it that it opens and a line with no ellipsis are left.
func TestCutTitleFull(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string // the line cutTitleFull gives for the first line
	}{
		{"a trail's last label alone, a long question under it",
			[]string{"How Dry Summers Change the...", "Share", "Print", "How Dry Summers Change the Way Gardeners Water Their Tomatoes and Beans?"},
			"How Dry Summers Change the Way Gardeners Water Their Tomatoes and Beans?"},
		{"a trail with its separators, one ellipsis character, other case",
			[]string{"Home / News / Harbour council approves the new…", "Harbour Council Approves the New Ferry Timetable"},
			"Harbour Council Approves the New Ferry Timetable"},
		{"a German trail",
			[]string{"Startseite » Region » Stadtrat beschließt neue Regeln für...", "Teilen", "Stadtrat beschließt neue Regeln für Radwege am Hafen"},
			"Stadtrat beschließt neue Regeln für Radwege am Hafen"},
		{"leave alone: the teaser goes on to a sentence",
			[]string{"The council met on Tuesday and...", "The council met on Tuesday and agreed to close the old pier for repairs."},
			"The council met on Tuesday and..."},
		{"leave alone: two words cut",
			[]string{"Harbour news...", "Harbour news from the north quay"},
			"Harbour news..."},
		{"leave alone: nothing under it that it opens",
			[]string{"What the new timetable means for...", "Share", "Ferry times change next week"},
			"What the new timetable means for..."},
		{"leave alone: no ellipsis",
			[]string{"Harbour Council Approves", "Harbour Council Approves the New Ferry Timetable"},
			"Harbour Council Approves"},
		{"leave alone: the full line is past the trail's reach",
			[]string{"How Dry Summers Change the...", "Share", "Print", "Email", "Save", "How Dry Summers Change the Way Gardeners Water"},
			"How Dry Summers Change the..."},
	} {
		text := strings.Join(c.lines, "\n")
		p := newPage(segmentText(text), text, nil, nil)
		if len(p.blocks) != len(c.lines) {
			t.Fatalf("%s: %d blocks for %d lines", c.name, len(p.blocks), len(c.lines))
		}
		if got := strings.TrimSpace(p.blocks[p.cutTitleFull(0)].Text); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
		p.release()
	}
}
