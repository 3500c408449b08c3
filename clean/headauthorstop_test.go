package clean

import "testing"

// TestTrimNameSentenceEnd checks that a byline's name ends where its
// sentence does, and that the dots of initials, degrees and titles do not
// end it.
func TestTrimNameSentenceEnd(t *testing.T) {
	for in, want := range map[string]string{
		"Jeff Cobb. Last Updated":  "Jeff Cobb",
		"Ana Lind. Photos":         "Ana Lind",
		"Jane A. Doe":              "Jane A. Doe",
		"J. Robert Doe":            "J. Robert Doe",
		"Prof. Ana Lind":           "Prof. Ana Lind",
		"John Roe Snr. Harbourman": "John Roe Snr. Harbourman",
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTrimNameRoleComma checks that a role cut from after a name takes the
// comma that set it off with it ("Jane Doe, Staff Writer" as a box of its
// own reads it), and that a name without a role keeps its words.
func TestTrimNameRoleComma(t *testing.T) {
	for in, want := range map[string]string{
		"Ana Lind, Staff Writer":     "Ana Lind",
		"Ana Lind; Senior Editor":    "Ana Lind",
		"Ana Lind, December 3, 2024": "Ana Lind",
		"Ana Lind Staff":             "Ana Lind",
		"Ana Lind":                   "Ana Lind",
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}
