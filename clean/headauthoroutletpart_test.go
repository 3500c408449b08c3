package clean

import (
	"slices"
	"testing"
)

// A part after a writer's name that names her paper, her desk or her
// institution's unit is no second writer; a second person's name after a
// comma still is, and so is a writer whose surname merely holds such a
// word inside it (invented bylines).
func TestSplitNamesOutletPart(t *testing.T) {
	for in, want := range map[string][]string{
		"Lena Ortiz, Bay Ledger":                 {"Lena Ortiz"},
		"Lena Ortiz, The Harbor Gazette":         {"Lena Ortiz"},
		"Lars Brenner, Redaktion Wirtschaft":     {"Lars Brenner"},
		"Hazel Hart, College":                    {"Hazel Hart"},
		"Hazel Hart, Department of Physics":      {"Hazel Hart"},
		"Lena Ortiz, Tom Reyes":                  {"Lena Ortiz", "Tom Reyes"},
		"Lena Ortiz, Tom Ledgerwood":             {"Lena Ortiz", "Tom Ledgerwood"},
		"Lena Ortiz, Mia Collegio and Tom Reyes": {"Lena Ortiz", "Mia Collegio", "Tom Reyes"},
		"Bay Ledger":                             {"Bay Ledger"},
	} {
		if got := splitNames(in); !slices.Equal(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"": false, "Herald": true, "Harbor Herald": true, "School of Law": true,
		"Tom Reyes": false, "Schoolcraft Ann": false, "Ann Herald Smith": false,
	} {
		if got := outletPart(in); got != want {
			t.Errorf("outletPart(%q) = %v, want %v", in, got, want)
		}
	}
}
