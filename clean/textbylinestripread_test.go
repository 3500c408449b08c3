package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestForenameOverReadTime checks a blog's strip under the headline that
// prints the writer's forename alone over a short date and the reading
// time ("Maria" over "Jan 23" over "11 min read"), and the strips it
// must leave alone: a section's name over the same lines, a forename
// without the reading time under it.
func TestForenameOverReadTime(t *testing.T) {
	for _, c := range []struct {
		name, head string
		want       []string
	}{
		{"a forename over the date and the reading time", "Maria\nJan 23\n11 min read\n", []string{"Maria"}},
		{"a forename over the reading time", "Maria\n4 min read\n", []string{"Maria"}},
		{"a section's name the page writes in lower case", "Guides\nJan 23\n11 min read\n", nil},
		{"no reading time", "Maria\nJan 23\nShare\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(strings.Replace(shedPage, "Written by\nTomas Wrenley\n", c.head, 1), "March 3, 2025\n", "", 1)
			if got := headAuthors(t, page); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
