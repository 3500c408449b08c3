package clean

import "testing"

// TestLabelledDateFiled checks the labels the seventh text date census
// (extract/testdata/worldtextdates7.tsv) found unread: a wire's or
// broadcaster's "Filed" and a "Story posted" line, each beside a line
// of its words that gives no date.
func TestLabelledDateFiled(t *testing.T) {
	for _, c := range []struct {
		line, want string // want "" for no date
	}{
		{"Filed: March 5, 2025", "2025-03-05"},
		{"Filed March 5, 2025 10:12 AM", "2025-03-05T10:12:00"},
		{"Story posted March 5, 2025 at 10:12 a.m.", "2025-03-05T10:12:00"},
		{"Story published: 5 March 2025", "2025-03-05"},
		{"Filed under: Politics, Harbour", ""},
		{"Story continues below advertisement", ""},
		{"Story updated March 7, 2025", ""}, // an update's, not the publication's
	} {
		st, ok := labelledDate(c.line)
		if got := st.ISO(); ok != (c.want != "") || ok && got != c.want {
			t.Errorf("%q: %q %v, want %q", c.line, got, ok, c.want)
		}
	}
}
