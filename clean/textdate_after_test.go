package clean

import (
	"fmt"
	"testing"
)

// TestPublishedAfter reads the publication date that follows an update's
// date on one line, with a separator between them or none.
func TestPublishedAfter(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // "" when the line gives no publication date after the update
	}{
		{"Updated March 9, 2025 / Posted March 4, 2025", "2025-03-04"},
		{"Last Updated: Dec 20, 2025 | Originally Published: Dec 19, 2025", "2025-12-19"},
		{"Updated Dec 20, 2025 Published Dec 19, 2025", "2025-12-19"},
		{"Last updated 3 March 2025 first published 1 March 2025", "2025-03-01"},
		{"Updated Dec 20, 2025", ""},
		{"Updated Dec 20, 2025 Updated again Dec 21, 2025", ""},
		{"Updated Dec 20, 2025 by Jane Doe", ""},
	} {
		pos, ok := findDate(c.line)
		if !ok {
			t.Fatalf("%q: no date found", c.line)
		}
		st, ok := publishedAfter(c.line, pos)
		got := ""
		if ok {
			got = fmt.Sprintf("%04d-%02d-%02d", st.Year, st.Month, st.Day)
		}
		if got != c.want {
			t.Errorf("publishedAfter(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
