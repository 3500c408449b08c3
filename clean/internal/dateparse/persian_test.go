package dateparse

import "testing"

// TestPersianLine checks Solar Hijri date lines, in Persian and ASCII
// digits, against days known in both calendars (Nowruz 1403 was 20 March
// 2024; 1399 and 1403 are leap years), and lines that are no such date.
func TestPersianLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"۲۴ اسفند ۱۴۰۲", "2024-03-14"},
		{"1 فروردین 1403", "2024-03-20"},
		{"30 اسفند 1403", "2025-03-20"},
		{"30 اسفند 1399", "2021-03-20"},
		{"1 دی 1402", "2023-12-22"},
		{"پنجشنبه، ۲۴ اسفند ۱۴۰۲ - ۱۴:۰۵", "2024-03-14T14:05:00"},
		{"انتشار: ۱۰ مهر ۱۴۰۳", "2024-10-01"},
		{"31 مهر 1403", ""},
		{"24 اسفند 2024", ""},
		{"اسفند ۱۴۰۲", ""},
		{"کتاب ۲۴ اسفند ۱۴۰۲ را بخوانید و نظر بدهید لطفا", ""},
	} {
		st, _, ok := DateLine(c.line)
		got := ""
		if ok {
			got = st.ISO()
		}
		if got != c.want {
			t.Errorf("DateLine(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
