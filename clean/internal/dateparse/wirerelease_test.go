package dateparse

import "testing"

// A press release's dateline names its distributor between slashes after
// a date with its year, and is read as a credited dateline; the same
// slashes after a date without its year, or a name that is no one's,
// make none.
func TestWireReleaseSlash(t *testing.T) {
	for _, c := range []struct {
		para, place, agency string
		year, day           int
	}{
		{"SPRINGFIELD, Ill., March 3, 2025 /PRNewswire/ -- The village school reopened on Monday after months of repairs.", "Springfield, Ill.", "PRNewswire", 2025, 3},
		{"TORONTO, March 3, 2025 /CNW/ - The village school reopened on Monday after months of repairs to its classrooms.", "Toronto", "CNW", 2025, 3},
		{"AUSTIN, Texas, March 3, 2025 /EINPresswire.com/ -- The village school reopened on Monday after months of repairs.", "Austin", "EINPresswire.com", 2025, 3},
		{"SPRINGFIELD, March 3 /PRNewswire/ -- The village school reopened on Monday after months of repairs.", "", "", 0, 0},
		{"SPRINGFIELD, March 3, 2025 /VIDEO/ -- The village school reopened on Monday after months of repairs.", "", "", 0, 0},
	} {
		dl, ok := ParseDateline(c.para)
		if c.agency == "" {
			if ok {
				t.Errorf("%q: read as %+v, want no dateline", c.para, dl)
			}
			continue
		}
		if !ok || dl.Place != c.place || dl.Agency != c.agency || dl.Year != c.year || dl.Day != c.day {
			t.Errorf("%q: %+v %v, want %s (%s) day %d of %d", c.para, dl, ok, c.place, c.agency, c.day, c.year)
		}
	}
}
