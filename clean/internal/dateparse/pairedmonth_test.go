package dateparse

import (
	"strings"
	"testing"
)

// TestDateLineWorldForms covers the date lines read since the fifth text
// date census: a month under its Levantine and Egyptian names joined by a
// slash, Thai's "เวลา" before the time, and Spanish's "h." after it; and
// lines that stay unread: two different months joined, a slash between a
// month and another word.
func TestDateLineWorldForms(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"5 آذار/مارس 2025", "2025-03-05"},
		{"5 مارس/آذار 2025", "2025-03-05"},
		{"الأربعاء 5 آذار/مارس 2025", "2025-03-05"},
		{"5 มีนาคม 2568 เวลา 10:12 น.", "2025-03-05T10:12:00"},
		{"05/03/2025 10:12 h.", "2025-03-05T10:12:00"},
		{"05/03/2025 10:12 h. Actualizado: 06/03/2025 09:00 h.", "2025-03-05T10:12:00"},
		{"05/03/2025 10:12", "2025-03-05T10:12:00"},
		{"5 آذار/نيسان 2025", ""},
		{"5 آذار/خبر 2025", ""},
		{"5 มีนาคม 2568 เวลา", ""},
		{"05/03/2025 10:12 h.x", ""},
	} {
		if got := dateLineISO(c.line); got != c.want {
			t.Errorf("DateLine(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestPairedMonth checks that pairedMonth rewrites a line only where both
// names of a slashed pair name one month, and leaves numeric slashes.
func TestPairedMonth(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"5 آذار/مارس 2025", "5 آذار 2025"},
		{"05/03/2025", "05/03/2025"},
		{"5 آذار/نيسان 2025", "5 آذار/نيسان 2025"},
		{"/مارس", "/مارس"},
		{"مارس/", "مارس/"},
		{"", ""},
		{"/ 5 آذار/مارس 2025", "/ 5 آذار 2025"},
		{"5 " + strings.Repeat("آ", 20) + "/مارس 2025", "5 " + strings.Repeat("آ", 20) + "/مارس 2025"},
	} {
		if got := pairedMonth(c.in); got != c.want {
			t.Errorf("pairedMonth(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
