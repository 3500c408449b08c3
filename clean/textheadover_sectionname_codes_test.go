package clean

import "testing"

// TestSectionNameCapitalCodes checks that a section whose first word is a
// code in capitals that lower-cases to a possessive ("SA" South Africa,
// "MA", "MI", "MY" Malaysia) stays a section's name: possessiveOpeners
// refused them (reviewer revA76).
func TestSectionNameCapitalCodes(t *testing.T) {
	for _, s := range []string{"SA News", "SA Sport", "MI Politics", "MA Business", "MY News"} {
		if !sectionName(s) {
			t.Errorf("sectionName(%q) = false, want true", s)
		}
	}
}
