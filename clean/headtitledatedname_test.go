package clean

import (
	"strings"
	"testing"
)

// TestDatedNameNoHeadline checks that a byline with its date under the
// headline ("Tomas Wrenley - 3 March 2025", "Tomas Wrenley/3 March 2025",
// with a role, glued to its date) or a reading time with its date ("6 min
// read · March 3, 2025") is not taken for the headline and its date is
// read, and a headline that ends with a date and has no mark between is
// still one.
func TestDatedNameNoHeadline(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"Tomas Wrenley - 3 March 2025", "How to Price a Garden Shed Repair: Rates, Materials and Margins"},
		{"Tomas Wrenley | 3 March 2025", "How to Price a Garden Shed Repair: Rates, Materials and Margins"},
		{"Tomas Wrenley/3 March 2025", "How to Price a Garden Shed Repair: Rates, Materials and Margins"},
		{"Tomas Wrenley, Staff Writer • March 3, 2025", "How to Price a Garden Shed Repair: Rates, Materials and Margins"},
		{"Tomas WrenleyMarch 3, 2025", "How to Price a Garden Shed Repair: Rates, Materials and Margins"},
		{"6 min read · March 3, 2025", "How to Price a Garden Shed Repair: Rates, Materials and Margins"},
	} {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head+"\n", 1)
		res, err := String(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := headlineOf(res); got != c.want {
			t.Errorf("%q under the headline: title %q, want %q", c.head, got, c.want)
		}
		dated := false
		for _, b := range res.Blocks {
			dated = dated || b.Kind == Date && b.Stamp != nil && *b.Stamp == Stamp{Year: 2025, Month: 3, Day: 3}
		}
		if !dated {
			t.Errorf("%q under the headline: no date line read for 3 March 2025", c.head)
		}
	}
	for s, want := range map[string]bool{
		"5 min read · May 3, 2025": true,
		"5 min read May 3, 2025":   false,
		"Read on · May 3, 2025":    false,
	} {
		if _, pos, ok := findDateStamp(s); !ok || readTimeBefore(s[:pos]) != want {
			t.Errorf("readTimeBefore(%q) = %v, want %v", s, !want, want)
		}
	}
	for s, want := range map[string]bool{
		"Jane Doe - 4 March 2025":              true,
		"Jane Doe · March 4, 2025":             true,
		"Weekly Wrap-Up 12/19/2025":            false,
		"Harbour notes - 4 March 2025":         false,
		"Jane Doe/May 3, 2025":                 true,
		"Jane Doe, Staff Writer • May 3, 2025": true,
		"Jane DoeMay 3, 2025":                  true,
		"Harbour notes/4 March 2025":           false,
		"Weekly Wrap-UpMay 3, 2025":            false,
		"Jane Doe May 3, 2025":                 false,
	} {
		_, pos, ok := findDateStamp(s)
		if got := ok && nameBefore(s, pos); got != want {
			t.Errorf("a name before the date of %q: %v, want %v", s, got, want)
		}
	}
}
