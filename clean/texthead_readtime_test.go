package clean

import "testing"

// TestReadTimePart checks which lines hold a reading time as a part of a
// meta strip, and the name that opens such a strip.
func TestReadTimePart(t *testing.T) {
	for _, c := range []struct {
		s     string
		strip bool
		name  string
	}{
		{"Jane Doe · 4 min read · Mar 14, 2024", true, "Jane Doe"},
		{"Jane Doe·4 min read·Mar 14, 2024", true, "Jane Doe"},
		{"Jane Greene-Lewis - 10 mins read - Mar 14, 2024", true, "Jane Greene-Lewis"},
		{"Mar 14, 2024 · 7 Min Read · By Jane Doe", true, ""},
		{"Garden Guides · 4 min read", false, ""},  // the suffix test's
		{"10min read | Updated June 2", false, ""}, // opens with it
		{"5 min read · Dec 19, 2025", false, ""},
		{"Jane Doe · 4 min read", false, ""},            // the suffix test's
		{"A must read · for every gardener", false, ""}, // no count
		{"The 5 min read that changed how I plan sheds", false, ""},
		{"Sheds: a quick read — and a long one", false, ""},
	} {
		if got := readTimePart(c.s); got != c.strip {
			t.Errorf("readTimePart(%q) = %v, want %v", c.s, got, c.strip)
		}
		if got := readStripName(c.s); got != c.name {
			t.Errorf("readStripName(%q) = %q, want %q", c.s, got, c.name)
		}
	}
}
