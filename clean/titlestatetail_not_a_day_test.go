package clean

import (
	"testing"
	"time"
)

// TestRevB77DayDatePartNeedsADay shows that dayDatePart takes any three numbers for a day ("6.12.1" a version, "44,025.81" a figure, lottery draws), so withoutStateTail cuts them off real headlines.
func TestRevB77DayDatePartNeedsADay(t *testing.T) {
	days := []time.Time{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC), time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC),
		time.Date(2001, 12, 6, 0, 0, 0, 0, time.UTC), time.Date(2011, 12, 22, 0, 0, 0, 0, time.UTC)}
	for _, s := range []string{"6.12.1", "22.11.0", "44,025.81", "$97,312.45", "5, 12, 23, 41, 60", "4 - 18 - 27 - 33", "40.7128, 74.0060, 10"} {
		if dayDatePart(s, days) {
			t.Errorf("dayDatePart(%q) = true, want false: no day, month and year", s)
		}
	}
	for _, in := range []string{
		"Footbridge lighting controller firmware released - 6.12.1",
		"Footbridge fund closes above its target - 44,025.81",
		"Saturday's winning lottery numbers | 4 - 18 - 27 - 33",
	} {
		if got := withoutStateTail(in, days); got != in {
			t.Errorf("withoutStateTail(%q) = %q, want it whole", in, got)
		}
	}
	// a real day stays a state part
	for _, s := range []string{"14.03.2025", "14 March 2025", "March 14, 2025", "12/20/2024"} {
		if !dayDatePart(s, days) {
			t.Errorf("dayDatePart(%q) = false, want true", s)
		}
	}
}
