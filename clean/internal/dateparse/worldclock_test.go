package dateparse

import (
	"errors"
	"testing"
)

// TestWorldClockForms covers the forms of a date line's clock and zone
// that the world census found unread: Polish's "godz." (hour) before the
// clock, a dotted clock after a bar ("| 14.30 WIB"), IST on a line in one
// of India's scripts (India's time) and in Latin letters (whose, the page
// does not say), and a Hijri date whose month is two words before the
// Gregorian; and lines that must stay unread.
func TestWorldClockForms(t *testing.T) {
	at, zoned := stampAt, stampZoned
	for _, c := range []struct {
		line string
		want Stamp
		ok   bool
	}{
		{"5 maja 2025 r., godz. 14:30", at(2025, 5, 5, 14, 30), true},
		{"Poniedziałek, 5 maja 2025 r., godz. 14:30", at(2025, 5, 5, 14, 30), true},
		{"5 maja 2025 godz. 14:30", at(2025, 5, 5, 14, 30), true},
		{"Senin, 05 Mei 2025 | 14.30 WIB", zoned(at(2025, 5, 5, 14, 30), 7*3600), true},
		{"05 Mei 2025 | 14.30", at(2025, 5, 5, 14, 30), true},
		{"5 मई 2025, 02:30 PM IST", zoned(at(2025, 5, 5, 14, 30), 5*3600+30*60), true},
		{"৫ মে ২০২৫, ১৪:৩০ IST", zoned(at(2025, 5, 5, 14, 30), 5*3600+30*60), true},
		{"5 May 2025, 02:30 PM IST", at(2025, 5, 5, 14, 30), true},
		{"الاثنين ٧ ذو القعدة ١٤٤٦ هـ - ٥ مايو ٢٠٢٥ م", stampDay(2025, 5, 5), true},
		{"الأربعاء 4 جمادى الآخرة 1447 هـ - 26 نوفمبر 2025 م", stampDay(2025, 11, 26), true},
		{"05.05.2025 | 14.30.15", Stamp{}, false},
		{"godz. 14:30", Stamp{}, false},
	} {
		st, _, ok := DateLine(c.line)
		if ok != c.ok || ok && st != c.want {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v, %v", c.line, st, ok, c.want, c.ok)
		}
	}
}

// TestIndicScript covers the test for a letter of India's scripts.
func TestIndicScript(t *testing.T) {
	for s, want := range map[string]bool{
		"प्रकाशित": true, "প্রকাশ": true, "வெளியீடு": true, "പ്രസിദ്ധീകരിച്ചത്": true,
		"Published": false, "פורסם": false, "นาฬิกา": false, "": false, "\xe0": false,
	} {
		if got := indicScript(s); got != want {
			t.Errorf("indicScript(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFromGroupsSecond covers the second group of an outlet's own date
// expression: kept with HasSecond, and an impossible one an error.
func TestFromGroupsSecond(t *testing.T) {
	st, err := FromGroups(map[string]string{"year": "2025", "month": "5", "day": "5", "hour": "14", "minute": "30", "second": "15"})
	if err != nil || st != secondsGiven(stampAt(2025, 5, 5, 14, 30), 15) {
		t.Errorf("FromGroups with a second = %+v, %v", st, err)
	}
	st, err = FromGroups(map[string]string{"year": "2025", "month": "5", "day": "5", "hour": "14", "minute": "30"})
	if err != nil || st.HasSecond {
		t.Errorf("FromGroups without a second = %+v, %v", st, err)
	}
	if _, err := FromGroups(map[string]string{"year": "2025", "month": "5", "day": "5", "hour": "14", "minute": "30", "second": "61"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("FromGroups with second 61: error %v, want ErrInvalid", err)
	}
}
