package clean

import (
	"fmt"
	"testing"
)

// TestStripTailDate reads the date that closes a byline strip of several
// parts, and leaves lines that are no such strip: no separator before the
// date, a date part that goes on after its date, no byline opening.
func TestStripTailDate(t *testing.T) {
	for _, c := range []struct {
		line   string
		want   string // the date, "" for none
		update bool   // the date is labelled an update's
	}{
		{"Medically reviewed by Jane Roe, RDN, CDCES, LD — Written by John Doe, MS, RD — Updated on March 7, 2025", "2025-03-07", true},
		{"Medically reviewed by Jane Roe, RDN — Written by John Doe — Published on March 7, 2025", "2025-03-07", false},
		{"By John Doe · Staff Writer · 5 min read · Published Dec 4, 2025", "2025-12-04", false},
		{"Fact checked by Jane Roe | Written by John Doe | Updated on 5 December 2025 – 10:30", "2025-12-05", true},
		{"Tickets sold by phone and at the door until December 3, 2025", "", false},
		{"Photo by Jane Doe and John Roe — taken on December 2, 2025, in Paris", "", false},
		{"Concert in the park — Saturday — the band plays from the bandstand on December 6, 2025", "", false},
	} {
		st, pos, ok := headDateLine(c.line)
		got := ""
		if ok {
			got = fmt.Sprintf("%04d-%02d-%02d", st.Year, st.Month, st.Day)
		}
		if got != c.want {
			t.Errorf("headDateLine(%q) = %q, want %q", c.line, got, c.want)
			continue
		}
		if ok && updateLabelled(c.line, pos) != c.update {
			t.Errorf("updateLabelled(%q) = %v, want %v", c.line, !c.update, c.update)
		}
	}
}
