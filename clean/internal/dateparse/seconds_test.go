package dateparse

import "testing"

// TestDateLineSeconds checks that a printed clock's seconds reach the
// stamp, in each place a date line prints its clock, and that a clock
// without seconds (s -1) gives 0 and says so (HasSecond false).
func TestDateLineSeconds(t *testing.T) {
	for _, c := range []struct {
		line    string
		h, m, s int
	}{
		{"2025-03-04T10:15:07+02:00", 10, 15, 7},
		{"2025-03-04 10:15:07", 10, 15, 7},
		{"March 4, 2025 at 9:03:41 pm", 21, 3, 41},
		{"4 March 2025 [10:15:59]", 10, 15, 59},
		{"7:07:05 PM EST Nov 19, 2019", 19, 7, 5},
		{"2025-03-04 10:15:00", 10, 15, 0},
		{"March 4, 2025 at 9:03 pm", 21, 3, -1},
		{"2025-03-04T10:15+02:00", 10, 15, -1},
		{"입력 2025.03.04. 오후 2:05:09", 14, 5, 9},
		{"입력 2025.03.04. 오전 9:05", 9, 5, -1},
		{"4 มี.ค. 2568 14:05:09 น.", 14, 5, 9},
		{"4 มี.ค. 2568 14:05 น.", 14, 5, -1},
	} {
		st, _, ok := DateLine(c.line)
		if !ok || !st.HasTime || st.Hour != c.h || st.Minute != c.m || st.Second != max(c.s, 0) || st.HasSecond != (c.s >= 0) {
			t.Errorf("DateLine(%q) = %+v, %v; want %02d:%02d:%02d", c.line, st, ok, c.h, c.m, c.s)
		}
	}
}

// secondsGiven is st with the seconds s the page printed.
func secondsGiven(st Stamp, s int) Stamp {
	st.Second, st.HasSecond = s, true
	return st
}
