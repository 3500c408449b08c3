package dateparse

import "testing"

// A numeric date that opens with a Minguo year of three digits (Taiwan's
// "114/03/04") reads as the Common Era's, with any of the three marks and
// a clock or none; other three-digit numbers, an impossible day and a run
// glued to more digits or letters are no date.
func TestDateLineMinguo(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"114/03/04", "2025-03-04"},
		{"114-03-04", "2025-03-04"},
		{"114.03.04", "2025-03-04"},
		{"114/3/4 10:05", "2025-03-04T10:05:00"},
		{"100/12/31", "2011-12-31"},
		// leave alone
		{"99/03/04", ""},
		{"131/03/04", ""},
		{"114/13/04", ""},
		{"113/02/30", ""},
		{"1114/03/04", ""},
		{"114/03/04x", ""},
		{"114/03/045", ""},
	} {
		st, _, ok := DateLine(c.line)
		if got := st.ISO(); !ok && c.want != "" || ok && got != c.want {
			t.Errorf("DateLine(%q) = %q, %v; want %q", c.line, got, ok, c.want)
		}
		if c.want == "" {
			continue
		}
		if st, ok := FullDateLine(c.line); !ok || st.ISO() != c.want {
			t.Errorf("FullDateLine(%q) = %q, %v; want %q", c.line, st.ISO(), ok, c.want)
		}
	}
}
