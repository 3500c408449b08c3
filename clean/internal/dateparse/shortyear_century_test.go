package dateparse

import "testing"

// An apostrophe year of the last century ("Dec 7 '41", "June 6 '44",
// "Aug 15 '69") reads as the last century's, not a date decades ahead
// that history pages print (revB75 point 4); this decade's stays.
func TestDateLineShortYearCentury(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Dec 7 '41", "1941-12-07"},
		{"June 6 '44", "1944-06-06"},
		{"Aug 15 '69", "1969-08-15"},
		{"Jan 1 '30", "1930-01-01"},
		{"Mar 4 '29", "2029-03-04"},
		{"Mar 4 '26", "2026-03-04"},
		{"Mar 4 '00", "2000-03-04"},
	} {
		if st, _, ok := DateLine(c.line); !ok || st.ISO() != c.want {
			t.Errorf("DateLine(%q) = %q, %v; want %q", c.line, st.ISO(), ok, c.want)
		}
	}
}
