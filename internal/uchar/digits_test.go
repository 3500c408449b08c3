package uchar

import "testing"

// TestAllASCIIDigits: one or more ASCII digits, nothing else; other
// scripts' digits and the empty string are no run.
func TestAllASCIIDigits(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "2024": true, "007": true,
		"": false, " 12": false, "12 ": false, "1.5": false, "-3": false, "١٢": false, "１２": false, "12a": false,
	} {
		if got := AllASCIIDigits(s); got != want {
			t.Errorf("AllASCIIDigits(%q) = %v, want %v", s, got, want)
		}
	}
}
