package clean

import "testing"

// TestIsUpdateStamp: a label of change and a clock time alone, in several
// languages, is an update stamp; the story's sentence on an update, a
// line without a time and a long line are none.
func TestIsUpdateStamp(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Updated at 14:32", true},
		{"Last updated: 5 March 2026 at 14:32 GMT", true},
		{"Aktualisiert um 14:32 Uhr", true},
		{"Actualizado a las 9:05", true},
		{"Обновлено в 14:32", true},
		{"Mis à jour le 05/03/2026 à 14:32", true},
		{"Updated March 5, 2026", false}, // no clock time: the date stages' line
		{"Updated at 14:32, the council said the vote would go ahead.", false},
		{"Updated figures at 14:32 showed the river rising again", false},
		{"Updates at 14:32", false},
		{"The timetable was updated at 14:32", false},
		{"Updated", false},
	} {
		if got := isUpdateStamp(c.line, wordCount(c.line)); got != c.want {
			t.Errorf("isUpdateStamp(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestUpdateStampConnectorCase checks that a stamp's connector is read in
// any case ("Updated At 14:32").
func TestUpdateStampConnectorCase(t *testing.T) {
	for _, s := range []string{"Updated At 14:32", "Aktualisiert Um 14:32 Uhr", "Updated AT 14:32"} {
		if !isUpdateStamp(s, wordCount(s)) {
			t.Errorf("isUpdateStamp(%q) = false", s)
		}
	}
}
