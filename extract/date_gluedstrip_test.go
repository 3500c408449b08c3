package extract

import "testing"

// gluedStrip reads a date glued between a strip's words; a date set off
// by spaces, a year glued to a word without a date before it, and a date
// inside a word are left alone.
func TestGluedStrip(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"slow travelJaneMarch 11, 2024garden, sheds, oak", "2024-03-11"},
		{"By JaneFebruary 16, 2026No Comments", "2026-02-16"},
		{"By JaneJanuary 4, 2026Updated:January 8, 20262 Comments", "2026-01-04"},
		{"GARDEN CAREjane doeJune 17, 2021garden, pest control5 Comments", "2021-06-17"},
		{"March 11, 2024garden, sheds", "2024-03-11"},
		{"leave alone: The shed went up on March 11, 2024 and the roof a week later.", ""},
		{"leave alone: In 2024Acme sold more sheds than ever.", ""},
		{"leave alone: the 1990s were the decade of the pent roof", ""},
		{"leave alone: Item no. 11-2024b is in stock", ""},
	} {
		st, ok := gluedStrip(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("gluedStrip(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// A pager's label alone is one; a sentence that opens with its word is
// not.
func TestPagerLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Previous", true}, {"Next", true}, {"« Older Posts", true}, {"Newer Post →", true}, {"Previous article", true},
		{"Next steps for your shed", false}, {"Previous owners left the roof", false}, {"Nextdoor", false},
	} {
		if got := pagerLabel(c.line); got != c.want {
			t.Errorf("pagerLabel(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
