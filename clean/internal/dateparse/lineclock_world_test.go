package dateparse

import "testing"

// Italian's "ore" (at) before a date line's time, and Vietnamese's "ngày"
// (day) between a time and the date after it.
func TestDateLineOreAndNgay(t *testing.T) {
	for _, c := range []struct {
		line, want string // want: ISO, "" for no date
	}{
		{"mercoledì 5 marzo 2025, ore 14:22", "2025-03-05T14:22:00"},
		{"5 marzo 2025 ore 14:22", "2025-03-05T14:22:00"},
		{"14:22 ngày 05/03/2025", "2025-03-05T14:22:00"},
		{"5 marzo 2025 ore", ""},
		{"14:22 ngày", ""},
	} {
		if got := dateLineISO(c.line); got != c.want {
			t.Errorf("%q: %q, want %q", c.line, got, c.want)
		}
	}
}
