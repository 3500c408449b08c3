package extract

import (
	"strings"
	"testing"
)

// TestLastSeparator checks lastSeparator against strings.LastIndex on
// titles with the separators at the edges, repeated, overlapping their
// marks and missing.
func TestLastSeparator(t *testing.T) {
	titles := []string{
		"", "|", " | ", "a | b | c", "Foo - Bar-Baz - Qux", "-Foo - ", " - - - ",
		"Ferry crews rebuild the timetable – Harbour Times", "A — B — ", "x · y",
		"Tides :: Weather :: Coast", "::: :: ", " •• • ", "no marks here at all", "a -b- c",
	}
	for _, title := range titles {
		for _, sep := range mastheadSeps {
			if got, want := lastSeparator(title, sep), strings.LastIndex(title, sep); got != want {
				t.Errorf("lastSeparator(%q, %q) = %d, want %d", title, sep, got, want)
			}
		}
	}
}
