package dateparse

import "testing"

// A slashed date that reads both ways is month first beside an American
// clock, "a.m." and "p.m." as much as "AM" and "PM"; Bulgarian's hour mark
// "ч." closes a clock; Malay's "pagi" (morning) and "petang" (afternoon)
// after a clock are its half of the day, without turning a slashed date
// month first.
func TestDateLineClockMarks(t *testing.T) {
	for _, c := range []struct {
		line, want string // want: ISO, "" for no date
	}{
		{"3/5/2025 10:12 a.m. ET", "2025-03-05T10:12:00"},
		{"3/5/2025 10:12 p.m.", "2025-03-05T22:12:00"},
		{"3/5/2025 10:12 PM", "2025-03-05T22:12:00"},
		{"3/5/2025 10:12", "2025-05-03T10:12:00"},
		{"3/5/25 10:12 a.m.", "2025-03-05T10:12:00"},
		{"05.03.2025 10:12 ч.", "2025-03-05T10:12:00"},
		{"05.03.2025, 10:12 ч", "2025-03-05T10:12:00"},
		{"05.03.2025 ч.", ""},
		{"3 November 2025, 2:20 petang", "2025-11-03T14:20:00"},
		{"3/11/2025 9:10 pagi", "2025-11-03T09:10:00"},
		{"3/11/2025 12:05 pagi", "2025-11-03T00:05:00"},
		{"3/11/2025 12:05 petang", "2025-11-03T12:05:00"},
		{"3/11/2025 14:20 petang", ""},
	} {
		if got := dateLineISO(c.line); got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}

// dateLineISO returns the ISO form of the date DateLine reads in line, ""
// when it reads none: the table tests of date lines compare it to the
// form they want.
func dateLineISO(line string) string {
	st, _, ok := DateLine(line)
	if !ok {
		return ""
	}
	return st.ISO()
}
