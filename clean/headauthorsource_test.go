package clean

import "testing"

// TestSourceCut checks the wire's or the site's name cut from after a
// person's name, and the names left whole.
func TestSourceCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tom Berg Associated Press", "Tom Berg"},
		{"Jane Doe AFP", "Jane Doe"},
		{"Jane Doe, Reuters", "Jane Doe"},
		{"JANE DOE, REUTERS", "JANE DOE"},
		{"Jane Doe, Harbour Times", "Jane Doe"},
		{"Jane Doe. Harbour International", "Jane Doe"},
		{"Jane Doe Harbour Times", "Jane Doe"},
		// Left whole: a wire alone, no person before the wire, a
		// credential, another outlet, an initial's dot.
		{"Reuters", "Reuters"},
		{"Associated Press", "Associated Press"},
		{"Staff and wire reports, Reuters", "Staff and wire reports, Reuters"},
		{"Jane Doe, MD", "Jane Doe, MD"},
		{"Jane Doe, Valley Gazette", "Jane Doe, Valley Gazette"},
		{"J. R. Smith", "J. R. Smith"},
		{"Ana Press", "Ana Press"},
	} {
		if got := sourceCut(c.in, "Harbour Times", "www.harbourtimes.example"); got != c.want {
			t.Errorf("sourceCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
