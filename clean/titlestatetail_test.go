package clean

import (
	"testing"
	"time"
)

// march14 is the day the invented pages of the state-tail tests are dated
// by.
var march14 = []time.Time{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)}

// TestWithoutStateTail checks the state parts withoutStateTail takes off
// a metadata title of a page dated 14 March 2025 and the parts of a
// headline's own it leaves.
func TestWithoutStateTail(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Night ferry returns to the island - Page 2 of 3", "Night ferry returns to the island"},
		{"Night ferry returns to the island | Page 2", "Night ferry returns to the island"},
		{"Night ferry returns to the island - page 2/3", "Night ferry returns to the island"},
		{"Nachtfähre fährt wieder zur Insel | Seite 2 von 4", "Nachtfähre fährt wieder zur Insel"},
		{"Night ferry returns to the island (updated)", "Night ferry returns to the island"},
		{"Night ferry returns to the island [UPDATE]", "Night ferry returns to the island"},
		{"Night ferry returns to the island - Updated", "Night ferry returns to the island"},
		{"Vuelve el ferry nocturno a la isla (Actualizado)", "Vuelve el ferry nocturno a la isla"},
		{"Night ferry returns to the island (4 min read)", "Night ferry returns to the island"},
		{"Night ferry returns to the island - 6 mins ago", "Night ferry returns to the island"},
		{"Nachtfähre fährt wieder zur Insel - vor 2 Stunden", "Nachtfähre fährt wieder zur Insel"},
		{"Night ferry returns to the island (updated) - Page 2", "Night ferry returns to the island"},
		{"Night ferry returns to the island - 14 March 2025", "Night ferry returns to the island"},
		{"Night ferry returns to the island (14.03.2025)", "Night ferry returns to the island"},
		{"Night ferry returns to the island | March 14, 2025", "Night ferry returns to the island"},
		{"Night ferry returns to the island | 03/13/25", "Night ferry returns to the island"}, // a day off: the zone
		// a day the page is not dated by is the story's
		{"The storm that took the old footbridge - 16 October 1987", "The storm that took the old footbridge - 16 October 1987"},
		{"Where we were that morning - September 11, 2001", "Where we were that morning - September 11, 2001"},
		{"Results of the regional elections (4 March 2025)", "Results of the regional elections (4 March 2025)"},
		{"Ferry timetables for the islands - May 2025", "Ferry timetables for the islands - May 2025"},
		{"Ferry timetables for the islands - 2025", "Ferry timetables for the islands - 2025"},
		// a headline's own parts stay
		{"Island ferries ranked (Updated 2025)", "Island ferries ranked (Updated 2025)"},
		{"Night ferry returns: live updates", "Night ferry returns: live updates"},
		{"Night ferry returns to the island - Page Six", "Night ferry returns to the island - Page Six"},
		{"Night ferry returns to the island (Page 2 of the series)", "Night ferry returns to the island (Page 2 of the series)"},
		{"Why the ferry - 2 hours late", "Why the ferry - 2 hours late"},
		{"Ferry (updated)", "Ferry (updated)"}, // no headline of three words would be left
		{"Page 2", "Page 2"},
		{"", ""},
	} {
		if got := withoutStateTail(c.in, march14); got != c.want {
			t.Errorf("withoutStateTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// a page with no date known keeps every day
	if in := "Night ferry returns to the island - 14 March 2025"; withoutStateTail(in, nil) != in {
		t.Errorf("withoutStateTail(%q) with no page day cut it", in)
	}
}

// TestPagerPart checks the pagers pagerPart reads and the parts it refuses.
func TestPagerPart(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"page 2", true}, {"page 2 of 3", true}, {"página 2 de 4", true}, {"страница 2 из 5", true}, {"page 2/3", true},
		{"page six", false}, {"page 2 of the series", false}, {"page 2/3 of 4", false}, {"page", false}, {"pages 2", false}, {"page 1234", false},
	} {
		if got := pagerPart(c.in); got != c.want {
			t.Errorf("pagerPart(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
