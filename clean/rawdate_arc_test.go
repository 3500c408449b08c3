package clean

import "testing"

// TestArcDisplayDate checks that the first display_date key's ISO value is
// read, and that a value that is no ISO date, an unclosed one and a page
// without the key give none.
func TestArcDisplayDate(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`Fusion.globalContent={"_id":"A1","display_date":"2025-03-05T10:12:00.000Z","headlines":{}};`, "2025-03-05T10:12:00.000Z"},
		{`{"display_date":"2025-03-05"},{"display_date":"2024-11-02"}`, "2025-03-05"},
		{`{"display_date":"March 5"}`, ""},
		{`{"display_date":"2025-3-05"}`, ""},
		{`{"display_date":"2025-03-05T10:12:00.000Z and on for more than forty bytes`, ""},
		{`{"display_date":"2025-03`, ""},
		{`{"publish_date":"2025-03-05"}`, ""},
	} {
		if got := arcDisplayDate([]byte(c.src)); got != c.want {
			t.Errorf("%s: %q, want %q", c.src, got, c.want)
		}
	}
}
