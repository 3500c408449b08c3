package dateparse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// shortWithNumbersByByte is shortWithNumbers a byte at a time, as it was
// written before it read eight bytes at once: the reference it is tested
// against.
func shortWithNumbersByByte(s string, runs int) bool {
	n, words := 0, 0
	inSpace, inDigits := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			inSpace, inDigits = true, false
			continue
		}
		if inSpace {
			words++
			if words > maxLineWords {
				return false
			}
			inSpace = false
		}
		d := c >= '0' && c <= '9'
		if d && !inDigits {
			n++
		}
		inDigits = d
	}
	return n >= runs
}

// TestShortWithNumbers checks the eight-byte counts against the byte loop
// on the tests' literals and on random lines of blanks, digits, the bytes
// next to them ('/', ':', 0x80+'0', 0xa0) and letters, of every length
// around the eight-byte steps.
func TestShortWithNumbers(t *testing.T) {
	lines := testLiterals(t)
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{" ", "\t", "0", "9", "5", "/", ":", "a", "Z", "\xb0", "\xb9", "\xa0", "\x00", "٤", "12", "  "}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		lines = append(lines, b.String())
	}
	for i := range 300 {
		lines = append(lines, strings.Repeat("1 ", i/2)+strings.Repeat("x", i%9))
	}
	for _, s := range lines {
		for runs := 1; runs <= 3; runs++ {
			if got, want := shortWithNumbers(s, runs), shortWithNumbersByByte(s, runs); got != want {
				t.Fatalf("shortWithNumbers(%q, %d) = %v, byte by byte %v", s, runs, got, want)
			}
		}
	}
}
