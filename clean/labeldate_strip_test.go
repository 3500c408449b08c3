package clean

import "testing"

// TestDateStrip checks a date followed by a reading time, a comment count
// or the categories, and the strips it leaves alone.
func TestDateStrip(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"March 3, 2024 | 6 min read", "2024-03-03"},
		{"May 9, 2021 · 12 Comments", "2021-05-09"},
		{"Tuesday, May 6th, 2025 at 9:30 am | Categories: Sheds, Fences", "2025-05-06"},
		{"14 February 2023 • No Comments", "2023-02-14"},
		{"March 3, 2024", ""}, // no strip: dateAloneLine's
		{"March 3, 2024 | Jane Doe", ""},
		{"March 3, 2024 | 6 min read | Share on Facebook", ""},
		{"Sheds | 6 min read", ""},
		{"2025-08-29#review#tech#zig", "2025-08-29"},
		{"March 3, 2024 #sheds #garden-tools", "2024-03-03"},
		{"March 3, 2024 #1 in sheds", ""},
		{"March 3, 2024 # of sheds: 4", ""},
		{"Shed #4 review", ""},
	} {
		st, ok := dateStrip(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("dateStrip(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
