package clean

import "testing"

// TestFindDateStampReadTimeCard checks the one-line author cards whose date
// follows a name, a follow button and a reading time, and that longer
// words before a reading time still give no date stamp.
func TestFindDateStampReadTimeCard(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Nadia Farouk Follow 5 min read · Jun 2, 2025", "2025-06-02"},
		{"Ben Ode · 12 min read · 3 March 2024", "2024-03-03"},
		{"Ann Mary Lee Subscribe 7 min read · Nov 30, 2023", "2023-11-30"},
		{"The board voted on Monday to rebuild the pier 5 min read · Jun 2, 2025", ""},
		{"Nadia Farouk Follow 5 min read", ""},
		{"Nadia Farouk Follow min read · Jun 2, 2025", ""},
	} {
		st, pos, ok := findDateStamp(c.line)
		got := ""
		if ok {
			got = st.ISO()
			if c.line[pos:pos+1] == "" {
				t.Errorf("%q: offset %d past the line", c.line, pos)
			}
		}
		if len(got) > 10 {
			got = got[:10]
		}
		if got != c.want {
			t.Errorf("findDateStamp(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
