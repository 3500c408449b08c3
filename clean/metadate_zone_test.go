package clean

import "testing"

// TestMetaDateZoneNames pins how metaDate reads a zone named by
// abbreviation: GMT and UTC at +00:00, one dateparse's table knows at its
// offset, one it does not know as no zone (not +00:00).
func TestMetaDateZoneNames(t *testing.T) {
	for _, c := range []struct {
		in      string
		hasZone bool
		off     int
	}{
		{"Tue, 04 Mar 2025 22:05:00 GMT", true, 0},
		{"Tue, 04 Mar 2025 22:05:00 UTC", true, 0},
		{"Tue, 04 Mar 2025 22:05:00 PDT", true, -7 * 3600},
		{"Tuesday, 04-Mar-25 22:05:00 CET", true, 3600},
		{"Tue, 04 Mar 2025 22:05:00 XYZ", false, 0},
		{"Tue, 04 Mar 2025 22:05:00 +0530", true, 5*3600 + 30*60},
	} {
		st, ok := metaDate(c.in)
		if !ok || st.Day != 4 || st.HasZone != c.hasZone || st.Offset != c.off {
			t.Errorf("metaDate(%q) = %q (zone %v, %+d s), %v; want zone %v, %+d s", c.in, st.ISO(), st.HasZone, st.Offset, ok, c.hasZone, c.off)
		}
	}
}
