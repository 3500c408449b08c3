package extract

import "testing"

// TestClosingDay: the day before a month's name is one or two digits past
// blanks and a full stop; a year's last two digits are no day.
func TestClosingDay(t *testing.T) {
	for s, want := range map[string]int{
		"Objavljeno: 17. ": 17,
		"7.\u00a0":         7,
		"od 17 ":           17,
		"2017. ":           0,
		"u 117 ":           0,
		"arhiva: ":         0,
		"":                 0,
	} {
		if got := closingDay(s); got != want {
			t.Errorf("closingDay(%q) = %d, want %d", s, got, want)
		}
	}
}
