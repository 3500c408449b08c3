package blockfeat

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// eachWordByByte is eachWord testing each byte's case and class in turn,
// as it was written before its table.
func eachWordByByte(s string, f func(h uint32, n int, digits bool)) {
	h, n, digits := uint32(2166136261), 0, true
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 0x80 || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			h = (h ^ uint32(c)) * 16777619
			n++
			digits = digits && '0' <= c && c <= '9'
			continue
		}
		if n > 0 {
			f(h, n, digits)
			h, n, digits = 2166136261, 0, true
		}
	}
}

// TestEachWordTable checks eachWord's table against the byte tests it
// replaced: the same words, hashes, lengths and digit flags, in order, on
// invented lines and random ones of letters, digits, punctuation, UTF-8
// and invalid bytes, a word running to the end of the line or not.
func TestEachWordTable(t *testing.T) {
	type word struct {
		h      uint32
		n      int
		digits bool
	}
	collect := func(each func(string, func(uint32, int, bool)), s string) []word {
		var out []word
		each(s, func(h uint32, n int, digits bool) { out = append(out, word{h, n, digits}) })
		return out
	}
	lines := []string{"", "a", "Hello, World 2024", "2024", "x1 1x 12", "Ünïcödé words", "end.", "@[`{ 09 AZ az"}
	pieces := []string{"a", "Z", "q", "7", "0", "9", " ", "\t", ":", ",", "@", "[", "`", "{", "/", "é", "中", "\xff", "\x80"}
	lines = append(lines, testkit.RandomTexts(5, 9, 3000, 30, pieces)...)
	for _, s := range lines {
		got, want := collect(eachWord, s), collect(eachWordByByte, s)
		if len(got) != len(want) {
			t.Fatalf("eachWord(%q): %d words, byte tests %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("eachWord(%q) word %d = %+v, byte tests %+v", s, i, got[i], want[i])
			}
		}
	}
}
