package clean

import "testing"

// A time's "p.m." at the end of a date line keeps its full stop when the
// line's punctuation is trimmed, in brackets too: the time is the
// afternoon's, as it is with "PM" or with words after it.
func TestFindDateStampMeridiemAtEnd(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Updated March 3, 2025 2:30 p.m.", "2025-03-03T14:30:00"},
		{"Posted on March 3, 2025 at 11:05 a.m.", "2025-03-03T11:05:00"},
		{"Updated March 3, 2025 2:30 P.M.", "2025-03-03T14:30:00"},
		{"Updated March 3, 2025 2:30 PM", "2025-03-03T14:30:00"},
		{"Updated March 3, 2025 2:30 p.m. ET", "2025-03-03T14:30:00"},
		{"Updated March 3, 2025.", "2025-03-03"},
		{"Updated (March 3, 2025 2:30 p.m.)", "2025-03-03T14:30:00"},
		{"[March 3, 2025 2:30 p.m.]", "2025-03-03T14:30:00"},
		{"(March 3, 2025 9:05 a.m.", "2025-03-03T09:05:00"},
		{"(March 3, 2025 2:30 pm.)", "2025-03-03T14:30:00"},
	} {
		st, _, ok := findDateStamp(c.line)
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}
