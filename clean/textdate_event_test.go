package clean

import "testing"

// A label that names an event's date ("Date of the hearing:", "Event
// date:", "Deadline:") gives no head date line and no labelled date; a
// publication's label, a byline and a site's name in a strip do.
func TestEventDateLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		date bool // read as the page's date
	}{
		{"Date of the hearing: 12 March 2025", false},
		{"Event date: March 20, 2025", false},
		{"Deadline: 12 March 2025", false},
		{"Closing date 12/03/2025", false},
		{"Date of publication: 5 March 2025", true},
		{"Published: 5 March 2025", true},
		{"Deadline | March 5, 2025", true},
		{"By Jane Doe | 5 March 2025", true},
	} {
		_, _, ok := headDateLine(c.line)
		if ok != c.date {
			t.Errorf("%q: headDateLine %v, want %v", c.line, ok, c.date)
		}
		if !byOpening(c.line) && c.line != "Deadline | March 5, 2025" {
			if _, ok := labelledDate(c.line); ok != c.date {
				t.Errorf("%q: labelledDate %v, want %v", c.line, ok, c.date)
			}
		}
	}
}
