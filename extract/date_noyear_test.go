package extract

import "testing"

// TestCutByLabel: a byline's opening "By" goes in any case, with its
// colon or not; a word that only opens with "by" stays.
func TestCutByLabel(t *testing.T) {
	for in, want := range map[string]string{
		"By Jane Doe":   "Jane Doe",
		"by Jane Doe":   "Jane Doe",
		"BY: Jane Doe":  "Jane Doe",
		"By:Jane Doe":   "Jane Doe",
		"By:  Jane Doe": "Jane Doe",
		"Byron Hale":    "Byron Hale",
		"Jane Doe":      "Jane Doe",
		"By":            "By",
		"":              "",
	} {
		if got := cutByLabel(in); got != want {
			t.Errorf("cutByLabel(%q) = %q, want %q", in, got, want)
		}
	}
}
