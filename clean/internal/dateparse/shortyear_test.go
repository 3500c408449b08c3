package dateparse

import "testing"

// A year cut to two digits after an apostrophe closes a date whose month
// has its name, either order, with a comma or a clock or neither; a
// decade, a clock after the apostrophe, or a quote's apostrophe is no
// year.
func TestDateLineShortYear(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Mar 4 '25", "2025-03-04"},
		{"Mar. 4, '25", "2025-03-04"},
		{"Tuesday, March 4 '25", "2025-03-04"},
		{"4 March ’25", "2025-03-04"},
		{"4th Mar '25", "2025-03-04"},
		{"March 4, '25 at 3:00 PM", "2025-03-04T15:00:00"},
		{"Dec 30 '98", "1998-12-30"},
		// leave alone
		{"the '90s", ""},
		{"Mar 4 '25s", ""},
		{"June 5 '10:05", ""},
		{"Mar 4 '2025", ""},
		{"Mar 4 '5", ""},
		{"Rock 'n' roll 4 '25", ""},
		{"Feb 30 '25", ""},
		{"1 May.'18", ""},
		{"Mar 4,'25", ""},
	} {
		st, _, ok := DateLine(c.line)
		if got := st.ISO(); !ok && c.want != "" || ok && got != c.want {
			t.Errorf("DateLine(%q) = %q, %v; want %q", c.line, got, ok, c.want)
		}
	}
}
