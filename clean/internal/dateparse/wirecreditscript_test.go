package dateparse

import "testing"

// TestLatinCreditAfterOtherScript: a wire whose short name is also an
// English word ("Trend") is read before a full stop after the dash of a
// dateline whose place is in another script, as before a colon; after a
// Latin place, the word before a full stop stays the story's.
func TestLatinCreditAfterOtherScript(t *testing.T) {
	tests := []struct {
		in, place, agency string
	}{
		{"Баку, 5 марта – Trend. В Азербайджане в четверг открыли новый логистический центр.", "Баку", "Trend"},
		{"БАКУ, 5 дек – Trend. Азербайджан за одиннадцать месяцев увеличил добычу газа.", "Баку", "Trend"},
		{"Баку, 4 марта - Trend: Азербайджан увеличит экспорт газа в Европу.", "Баку", "Trend"},
		// left alone: a Latin place, a word that names no wire
		{"Baku, March 5 – Trend. Analysts used that word for the rise in gas exports this year.", "", ""},
		{"Баку, 5 марта – Apple. Компания открыла в городе новый магазин и офис.", "", ""},
		{"Баку, 5 марта – Trend. это было важно для всех", "", ""},
	}
	for _, tt := range tests {
		d, ok := ParseDateline(tt.in)
		if tt.agency == "" {
			if ok && d.Agency != "" {
				t.Errorf("%q: agency %q, want none", tt.in, d.Agency)
			}
			continue
		}
		if !ok || d.Place != tt.place || d.Agency != tt.agency {
			t.Errorf("%q: %v %q %q, want %q %q", tt.in, ok, d.Place, d.Agency, tt.place, tt.agency)
		}
	}
}
