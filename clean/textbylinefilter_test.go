package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestFilterBylines checks a menu's filters in a byline's form ("By
// Company Size", "By Role", "By Industry") above the headline: no author
// is read from them, where a person's byline in their place is.
func TestFilterBylines(t *testing.T) {
	for menu, want := range map[string][]string{
		"Solutions\nBy Company Size\nBy Role\nBy Industry\n": nil,
		"Reviews\nBy Category\n":                             nil,
		"Care\nBy Modality\nBy Specialty\n":                  nil,
		"Solutions\nBy Alan Price\n":                         {"Alan Price"},
	} {
		page := strings.Replace(shedPage, "Pricing\nContact\n", menu, 1)
		page = strings.Replace(page, "Written by\nTomas Wrenley\n", "", 1)
		if got := headAuthors(t, page); !slices.Equal(got, want) {
			t.Errorf("%q: authors %q, want %q", menu, got, want)
		}
	}
}

// TestFilterName: the filters' names against people's.
func TestFilterName(t *testing.T) {
	for s, want := range map[string]bool{"Company Size": true, "Industry": true, "Use Case Type": true, "Modality": true, "Occasion": true, "Alan Price": false, "Ana Manufacturer Lind": false, "Jane Doe": false, "Service Industry Size Now": false} {
		if got := filterName(s); got != want {
			t.Errorf("filterName(%q) = %v, want %v", s, got, want)
		}
	}
}
