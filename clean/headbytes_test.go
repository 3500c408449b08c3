package clean

import "testing"

// TestHeadBytes: a string longer than n is cut at the last rune start at or
// before n, a shorter one is left whole.
func TestHeadBytes(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"Posted on", 20, "Posted on"},
		{"Posted on", 6, "Posted"},
		{"Kyiv — May 3", 6, "Kyiv "}, // the dash's three bytes stand at 5-7
		{"Kyiv — May 3", 8, "Kyiv —"},
		{"ééé", 3, "é"},
		{"é", 0, ""},
	} {
		if got := headBytes(c.s, c.n); got != c.want {
			t.Errorf("headBytes(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
