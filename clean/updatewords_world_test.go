package clean

import "testing"

// Greek's and Hindi's update labels are updateWords' own: the head's date
// line reader (headDateLine, updateLabelled, updatedAfter), the gate in
// front of it (mayNameUpdate) and the reader of a date alone
// (readDateAlone) all name them an update's, so such a line never gives
// the publication's date.
func TestUpdateWordsWorldLabels(t *testing.T) {
	for _, label := range []string{"Ενημέρωση:", "Τελευταία ενημέρωση:", "ΕΝΗΜΈΡΩΣΗ", "ΕΝΗΜΕΡΩΣΗ:", "ΕΝΗΜΕΡΩΘΗΚΕ", "अपडेट:", "अपडेटेड", "अद्यतन"} {
		if !isUpdate(label) || !mayNameUpdate(label) || !isUpdateLine(label) {
			t.Errorf("%q: isUpdate %v, mayNameUpdate %v, isUpdateLine %v, want each true", label, isUpdate(label), mayNameUpdate(label), isUpdateLine(label))
		}
		if l, upd := dateAloneLabel(label + " "); !l || !upd {
			t.Errorf("%q: dateAloneLabel %v update %v, want an update's label", label, l, upd)
		}
	}
	for _, line := range []string{"Δημοσίευση:", "प्रकाशित:", "Ενημερωτικό δελτίο"} {
		if isUpdate(line) {
			t.Errorf("%q: isUpdate true, want false", line)
		}
	}
	// the head's date lines: an update labelled after a byline's name,
	// and a publication's date then its update on one line
	for _, c := range []struct{ line, upd string }{
		{"सुनीता वर्मा, अपडेटेड: 06 मार्च 2025, 10:15 AM IST", ""},
		{"Ενημέρωση: 6 Μαρτίου 2025", ""},
		{"05 मार्च 2025 | अपडेट: 06 मार्च 2025", "2025-03-06"},
		{"5 Μαρτίου 2025 - Ενημέρωση: 6 Μαρτίου 2025", "2025-03-06"},
	} {
		_, pos, ok := headDateLine(c.line)
		if !ok {
			t.Errorf("%q: no head date line", c.line)
			continue
		}
		if c.upd == "" {
			if !updateLabelled(c.line, pos) {
				t.Errorf("%q: the date not read as an update's", c.line)
			}
			continue
		}
		if updateLabelled(c.line, pos) {
			t.Errorf("%q: the publication's date read as an update's", c.line)
		}
		if u, ok := updatedAfter(c.line, pos); !ok || u.ISO()[:10] != c.upd {
			t.Errorf("%q: update %v %v, want %s", c.line, u, ok, c.upd)
		}
	}
	// the reader of a date alone
	for _, c := range []struct {
		line, want string
		upd        bool
	}{
		{"Ενημέρωση: 06.03.2025 10:15", "2025-03-06", true},
		{"अद्यतन: 6 मार्च 2025", "2025-03-06", true},
		{"अपडेट: 06 मार्च 2025 | प्रकाशित: 05 मार्च 2025", "2025-03-05", false},
	} {
		st, upd, ok := readDateAlone(c.line)
		if !ok || st.ISO()[:10] != c.want || upd != c.upd {
			t.Errorf("%q: %v update %v ok %v, want %s update %v", c.line, st, upd, ok, c.want, c.upd)
		}
	}
}
