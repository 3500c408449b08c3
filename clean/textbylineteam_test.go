package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestTeamByline checks a team's name printed alone over the date line
// under the headline ("Wrenley Works Team" over "March 3, 2025"): the team
// signs the post, where a menu's "Our Team" signs nothing.
func TestTeamByline(t *testing.T) {
	for line, want := range map[string][]string{
		"Wrenley Works Team":      {"Wrenley Works Team"},
		"The Wrenley Staff":       {"The Wrenley Staff"},
		"Team Wrenley":            {"Team Wrenley"},
		"Our Team":                nil,
		"Meet the Team":           nil,
		"Wrenley Tools":           nil, // no team's word, and not a person's name
		"Garden shed repair team": nil,
	} {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", line+"\n", 1)
		if got := headAuthors(t, page); !slices.Equal(got, want) {
			t.Errorf("%q over the date line: authors %q, want %q", line, got, want)
		}
	}
}
