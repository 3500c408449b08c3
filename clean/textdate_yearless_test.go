package clean

import "testing"

// An update's strip whose publication part has no year takes the update's
// year, or the one before where the day would follow the update; a part
// that labels no publication, or another update, gives none.
func TestPublishedYearless(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Updated: Mar. 5, 2025 / Originally published Mar. 4", "2025-03-04"},
		{"Updated Jan. 3, 2025 | Published Dec. 30", "2024-12-30"},
		{"Updated: Mar. 5, 2025 / Originally published on March 4", "2025-03-04"},
		{"Updated: Mar. 5, 2025 / Originally published Mar. 4, 2025", "2025-03-04"},
		{"Updated: Mar. 5, 2025 / Last updated Mar. 4", ""},
		{"Updated: Mar. 5, 2025 / Sports", ""},
		{"Updated: Mar. 5, 2025 / Published Feb. 30", ""},
	} {
		st, pos, ok := headDateLine(c.line)
		if !ok {
			t.Fatalf("%q: no date", c.line)
		}
		got := ""
		if p, ok := publishedBeside(c.line, pos, st); ok {
			got = p.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("%q: published %q, want %q", c.line, got, c.want)
		}
	}
}
