package uchar

import (
	"strings"
	"testing"
)

// TestASCIIPrefix checks the eight-at-a-time run of ASCII against a byte
// loop: the empty string, all-ASCII strings of every length to 17 (whole
// eight-byte words, and the tail after them), and one high byte (the
// lowest past ASCII, a UTF-8 lead and 0xFF) at every offset 0 to 17.
func TestASCIIPrefix(t *testing.T) {
	check := func(s string, want int) {
		t.Helper()
		if got := ASCIIPrefix(s); got != want {
			t.Errorf("ASCIIPrefix(%q) = %d, want %d", s, got, want)
		}
		if got := IsASCII(s); got != (want == len(s)) {
			t.Errorf("IsASCII(%q) = %v, want %v", s, got, want == len(s))
		}
	}
	check("", 0)
	base := "Reading time: 5 min, 2025"
	for n := 0; n <= 17; n++ {
		check(base[:n], n)
	}
	for _, high := range []byte{0x80, 0xC3, 0xFF} {
		for off := 0; off <= 17; off++ {
			b := []byte(base[:off+1])
			b[off] = high
			check(string(b), off)
			// a high byte, then more ASCII, then another
			tail := string(b) + strings.Repeat("x", 9) + "\xE2\x80\x94"
			check(tail, off)
		}
	}
	check("\u0661\u0662", 0) // digits of another script open the line
	check("März", 1)
}
