package extract

import "testing"

// headStrip reads a date among a strip's other fields, whatever their
// order and separators; a sentence, an update's strip and a label glued
// to a name are left alone, and so is a name alone before the date when
// strict (the line taken for the headline).
func TestHeadStrip(t *testing.T) {
	for _, c := range []struct {
		line   string
		strict bool
		want   string
	}{
		{"5 min read · Dec 19, 2025", true, "2025-12-19"},
		{"Published in Garden Notes · 5 min read · Dec 19, 2025", true, "2025-12-19"},
		{"In Guides | December 19, 2025", true, "2025-12-19"},
		{"Jane Doe / Dec 19, 2025", true, "2025-12-19"},
		{"Jane Doe on Dec 19, 2025", true, "2025-12-19"},
		{"Dec 19, 2025 / Jane Doe / 3 Comments", true, "2025-12-19"},
		{"Dec 19, 2025 in Guides", true, "2025-12-19"},
		{"Jane Doe December 19, 2025", false, "2025-12-19"},
		{"Friday, December 19, 2025 at 10:00 AM | Jane Doe", true, "2025-12-19"},
		{"leave alone: a name alone before the date, strict: Jane Doe December 19, 2025", true, ""},
		{"The workshop opens on December 19, 2025 at the community hall.", false, ""},
		{"Sale ends December 19, 2025", false, ""},
		{"Updated Dec 20, 2025 · 5 min read", false, ""},
		{"Jane DoeReviewed 12/08/2024", false, ""},
		{"Shed prices rose 4% between March 2024 and December 2025", false, ""},
	} {
		st, ok := headStrip(c.line, c.strict, "")
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("headStrip(%q, %v) = %q, want %q", c.line, c.strict, got, c.want)
		}
	}
}
