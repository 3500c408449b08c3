package clean

import "testing"

// TestUSOrder checks that a metadata date with slashes is read month
// first on an American English page and day first elsewhere.
func TestUSOrder(t *testing.T) {
	for _, c := range []struct{ raw, lang, want string }{
		{"12/05/2025", "en-US", "2025-12-05"},
		{"12/05/2025 14:30", "en-us", "2025-12-05T14:30:00"},
		{"9/3/2025", "en-US", "2025-09-03"},
		{"12/05/2025", "en-GB", "2025-05-12"},
		{"12/05/2025", "en", "2025-05-12"},
		{"28/11/2025", "en-US", "2025-11-28"}, // no month 28: day first as it is
		{"2025-12-05", "en-US", "2025-12-05"},
		{"12/05/25", "en-US", ""},                                 // a year of two digits stays unread
		{"11/03/2025 9:10:00 AM", "en-US", "2025-11-03T09:10:00"}, // the clock's AM reads it month first already: not swapped twice
		{"11/03/2025 2:20 PM", "en-US", "2025-11-03T14:20:00"},
		{"11/03/2025 2:20 PM", "en-GB", "2025-11-03T14:20:00"}, // month first by its PM, on any page
	} {
		st, ok := metaDate(usOrder(c.raw, c.lang))
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want {
			t.Errorf("%q (%s): got %q, want %q", c.raw, c.lang, got, c.want)
		}
	}
}
