package dateparse

import (
	"testing"
	"time"
)

// A day's ordinal may take "of" before the month, as British pages print
// it ("19th of December, 2025"); a number without an ordinal before "of"
// is a count, not a day.
func TestDateLineOrdinalOf(t *testing.T) {
	for _, c := range []struct {
		line string
		want Stamp
		ok   bool
	}{
		{"19th of December, 2025", Stamp{Year: 2025, Month: time.December, Day: 19}, true},
		{"1st of March 2024 10:30", Stamp{Year: 2024, Month: time.March, Day: 1, Hour: 10, Minute: 30, HasTime: true}, true},
		{"Friday 19th of December 2025", Stamp{Year: 2025, Month: time.December, Day: 19}, true},
		{"5 of December 2025", Stamp{}, false},
	} {
		st, _, ok := DateLine(c.line)
		if ok != c.ok || ok && st != c.want {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v, %v", c.line, st, ok, c.want, c.ok)
		}
	}
}
