package clean

import "testing"

// TestAttrModifiedISO checks the update attributes read (each name the
// prefilter lets through) and those left alone (a publication's, a
// module's, a value that is no ISO date).
func TestAttrModifiedISO(t *testing.T) {
	for _, c := range []struct{ win, want string }{
		{`<div data-published-date="2025-11-27" data-modified-date="2025-12-01T09:00:00Z">`, "2025-12-01T09:00:00Z"},
		{`<span data-modify-date-time="2025-12-05 09:02:11">`, "2025-12-05 09:02:11"},
		{`<time data-updated-at='2025-12-02'>`, "2025-12-02"},
		{`<p data-last-modified="2025-12-03T10:00:00+01:00">`, "2025-12-03T10:00:00+01:00"},
		{`<p data-date-modified="2025-12-04">`, "2025-12-04"},
		{`<p data-module="x" data-date-updated="2025-12-04">`, "2025-12-04"},
		{`<div data-published-date="2025-11-27">`, ""},
		{`<div data-modified-date="yesterday">`, ""},
		{`<div data-modified-by="2025-12-01">`, ""},
		{`<div data-updates="2025-12-01">`, ""},
		{`data-modified="2025-12-01"`, ""}, // no space before: not an attribute's start
	} {
		if got := attrModifiedISO([]byte(c.win)); got != c.want {
			t.Errorf("%s: %q, want %q", c.win, got, c.want)
		}
	}
}
