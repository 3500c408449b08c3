package extract

import "testing"

// TestSameMinute checks the comparison of written times to the minute.
func TestSameMinute(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"2023-05-25T23:12:00+04:00", "2023-05-25T23:12:07+04:00", true},
		{"2023-05-25T23:12:00", "2023-05-25T23:12:59", true},
		{"2023-05-25T23:12:00+04:00", "2023-05-25T23:13:00+04:00", false},
		{"2023-05-25T23:12:07+04:00", "2023-05-25T23:12:07+03:00", false},
		{"2023-05-25T23:12:07", "2023-05-25T23:12:07+04:00", false},
		{"2023-05-25", "2023-05-25", true},
		{"2023-05-25", "2023-05-26", false},
		{"", "", true},
	} {
		if got := sameMinute(c.a, c.b); got != c.want {
			t.Errorf("sameMinute(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
