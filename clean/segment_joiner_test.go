package clean

import "testing"

// TestTrimEdgeJoiners checks that a line's edges lose the direction marks
// and zero-width joiners the normaliser drops there (next to Latin text or
// a space) and keep those it keeps (next to Arabic letters).
func TestTrimEdgeJoiners(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Share\u200e", "Share"},
		{"\u200eShare", "Share"},
		{"Share \u200f", "Share"},
		{"\u200e \u200dShare\u200b\u200e ", "Share"},
		{"A \u200e", "A"},
		{"\u200fمرحبا", "\u200fمرحبا"}, // an Arabic letter after it keeps it
		{"مرحبا\u200f", "مرحبا\u200f"}, // and before it
		{"مرحبا \u200f", "مرحبا"},      // a space before it: dropped
		{"Sha\u200ere", "Sha\u200ere"}, // inside the line: left to the normaliser
	} {
		if got, _ := trim(c.in); got != c.want {
			t.Errorf("trim(%+q) = %+q, want %+q", c.in, got, c.want)
		}
	}
}
