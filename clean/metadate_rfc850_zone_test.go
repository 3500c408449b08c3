package clean

import "testing"

// TestMetaDateRFC850ZoneAbbrev shows metaDate's zone-abbreviation layouts (RFC 850's new one, RFC 1123's) reading "EST" as +00:00 with HasZone: Go's time.Parse gives an unknown abbreviation a zero offset.
func TestMetaDateRFC850ZoneAbbrev(t *testing.T) {
	for _, s := range []string{"Tuesday, 04-Mar-25 22:05:00 EST", "Tue, 04 Mar 2025 22:05:00 EST"} {
		st, ok := metaDate(s)
		if !ok || st.Day != 4 {
			t.Fatalf("metaDate(%q) = %+v, %v; want the 4th", s, st, ok)
		}
		if st.HasZone && st.Offset != -5*3600 {
			t.Errorf("metaDate(%q) = %q: EST is -05:00, not %+d s", s, st.ISO(), st.Offset)
		}
	}
}
