package dateparse

import "testing"

// TestBidiMarks: a dateline in Hebrew or Persian read with the marks of
// direction a page prints around its parts, and its text and length
// mapped back to the paragraph's.
func TestBidiMarks(t *testing.T) {
	for _, tc := range []struct{ para, text, body, place, agency string }{
		{"\u200fירושלים, 4 בדצמבר (\u200fוואלה!\u200f) - הממשלה אישרה הבוקר את התקציב החדש.",
			"ירושלים, 4 בדצמבר (\u200fוואלה!\u200f)", "הממשלה אישרה הבוקר את התקציב החדש.", "ירושלים", "Walla!"},
		{"\u202bتهران- ایرنا- وزیر امور خارجه امروز به مسقط سفر کرد.\u202c",
			"تهران- ایرنا", "وزیر امور خارجه امروز به مسقط سفر کرد.\u202c", "تهران", "IRNA"},
		{"\u200fירושלים (\u200fוואלה!\u200f) דיווח כי הממשלה אישרה את התקציב.", "", "", "", ""},
		{"\u200fتهران\u200f- ایرنا- وزیر امور خارجه امروز به مسقط سفر کرد.",
			"تهران\u200f- ایرنا", "وزیر امور خارجه امروز به مسقط سفر کرد.", "تهران", "IRNA"},
	} {
		dl, ok := ParseDateline(tc.para)
		if tc.text == "" {
			if ok {
				t.Errorf("%q: a dateline %+v", tc.para, dl)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: not recognised", tc.para)
			continue
		}
		if dl.Text != tc.text || tc.para[dl.Len:] != tc.body || dl.Place != tc.place || dl.Agency != tc.agency {
			t.Errorf("%q: got %+v, body %q", tc.para, dl, tc.para[dl.Len:])
		}
	}
	if hasBidiMark("Bakı, 4 mart, AZƏRTAC. “Yeni” — metro") {
		t.Error("hasBidiMark: a mark in a line without one")
	}
}
