package clean

import (
	"testing"
)

// TestMayNameUpdate checks the gate never turns away a line isUpdate
// takes when it prints the word as pages do (lower case, a capital first,
// capitals), for every one of updateWords inside a date line, and that it
// turns away lines that name no update.
func TestMayNameUpdate(t *testing.T) {
	for _, w := range updateWords {
		for _, form := range printedCases(w) {
			line := "Last " + form + "d: 5 March 2025, 10:02"
			if !isUpdate(line) {
				continue // a form isUpdate does not take either
			}
			if !mayNameUpdate(line) || !isUpdateLine(line) {
				t.Errorf("mayNameUpdate(%q) = false, isUpdate true", line)
			}
		}
	}
	for _, line := range []string{"", "Posted March 5, 2025", "By Jane Doe", "5 марта 2025, 10:00", "Yayın tarihi: 05.03.2025"} {
		if mayNameUpdate(line) || isUpdateLine(line) {
			t.Errorf("mayNameUpdate(%q) = true, want false", line)
		}
	}
}
