package clean

import "testing"

// TestRevB77StateTailKeepsAnniversaries shows that withoutStateTail reads a story's own age in years ("- 100 years ago", "- 50 anni fa", "- vor 50 Jahren") as the page's age and cuts a real headline.
func TestRevB77StateTailKeepsAnniversaries(t *testing.T) {
	for _, in := range []string{
		"The day the first footbridge opened - 100 years ago",
		"How the river valley was carved - 2 million years ago",
		"Remembering the great flood (10 years ago)",
		"Il giorno in cui crollò il vecchio ponte - 50 anni fa",
		"Als die alte Brücke einstürzte - vor 50 Jahren",
		"Как рухнул старый мост - 50 лет назад",
	} {
		if got := withoutStateTail(in, nil); got != in {
			t.Errorf("withoutStateTail(%q) = %q, want it whole", in, got)
		}
	}
	// the page's own age stays a state part
	if got := withoutStateTail("Night ferry returns to the island - 6 mins ago", nil); got != "Night ferry returns to the island" {
		t.Errorf("page age: got %q", got)
	}
}
