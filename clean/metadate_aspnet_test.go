package clean

import "testing"

// TestASPNetDate checks .NET's "/Date(ms)/" values as metaDate reads
// them, and the shapes it must leave to the other readers or refuse.
func TestASPNetDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // RFC 3339, "" for no date
	}{
		{"/Date(1741082700000)/", "2025-03-04T10:05:00+00:00"},
		{"/Date(1741082700000+0100)/", "2025-03-04T11:05:00+01:00"},
		{"/Date(1741140000000-0500)/", "2025-03-04T21:00:00-05:00"}, // 02:00 UTC on the 5th: the page's evening of the 4th
		{"/Date(-62135596800000)/", ""},                             // DateTime.MinValue
		{"/Date(1741082700)/", ""},                                  // seconds are not the form's
		{"/Date(1741082700000+01)/", ""},
		{"/Date(1741082700000+2500)/", ""},
		{"/Date(1741082700000", ""},
		{"/Date()/", ""},
	} {
		st, ok := metaDate(c.in)
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want {
			t.Errorf("metaDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMetaDateRFC850 checks HTTP's obsolete RFC 850 form, which some CMSs
// copy into a meta date, with its two-digit year.
func TestMetaDateRFC850(t *testing.T) {
	st, ok := metaDate("Tuesday, 04-Mar-25 10:05:00 GMT")
	if got := st.ISO(); !ok || got != "2025-03-04T10:05:00+00:00" {
		t.Errorf("metaDate = %q, %v; want 2025-03-04T10:05:00+00:00", got, ok)
	}
}
