package clean

import "testing"

// TestMetaDateRFC850Century shows RFC 850's two-digit year read by Go's window (69..68: "41" is 2041), not the package's (shortYearCentury: 1930..2029), and against its own weekday (7 Dec 1941 was a Sunday, 7 Dec 2041 a Saturday).
func TestMetaDateRFC850Century(t *testing.T) {
	st, ok := metaDate("Sunday, 07-Dec-41 07:55:00 GMT")
	if !ok || st.Year != 1941 {
		t.Errorf("metaDate = %q, %v; want 1941-12-07", st.ISO(), ok)
	}
}
