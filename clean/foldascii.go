package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/uchar"
)

// mayHoldFoldASCII reports whether s may hold one of words (ASCII, lower
// case) under a case-insensitive regexp's folding: true when s holds one
// with ASCII letters of either case, and always when s has a byte outside
// ASCII, where a letter may stand folded (the Kelvin sign for "k", the long
// s for "s"). It is a cheap test before a (?i) regexp that needs one of
// the words, and never turns down a line the regexp matches.
func mayHoldFoldASCII(s string, words []string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	for _, w := range words {
		if indexFoldASCII(s, w) >= 0 {
			return true
		}
	}
	return false
}

// mayHoldFoldWord reports whether s may hold one of words (lower-case
// ASCII letters, spaces and marks) under a case-insensitive regexp's
// folding. Past ASCII only two runes fold to an ASCII letter
// (unicode.SimpleFold): the long s (ſ) and the Kelvin sign (K); a text
// that holds neither holds a word, under (?i), only as ASCII letters of
// either case, so the search is certain where mayHoldFoldASCII lets every
// text with a curly quote through.
func mayHoldFoldWord(s string, words []string) bool {
	// An ASCII text (most lines), read eight bytes at a time, holds
	// neither: two searches of each line cost more.
	if !uchar.IsASCII(s) && (strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")) {
		return true
	}
	for _, w := range words {
		if indexFoldASCII(s, w) >= 0 {
			return true
		}
	}
	return false
}

// indexFoldASCII returns the index of the first instance of the lower-case
// ASCII word w in the ASCII text s, letters compared without case, or -1.
// It jumps between the places that hold w's first byte in either case
// (strings.IndexByte, which scans many bytes an instruction), keeping the
// next place of each case so that no byte is scanned twice for it.
func indexFoldASCII(s, w string) int {
	if w == "" {
		return 0
	}
	if len(w) > len(s) {
		return -1
	}
	lo, up := w[0], w[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	end := len(s) - len(w) + 1 // the first place w cannot start
	nextLo, nextUp := -1, -1   // the next place of lo and of up at or after i, or end
	for i := 0; i < end; i++ {
		if nextLo < i {
			nextLo = nextByte(s, i, end, lo)
		}
		if nextUp < i {
			nextUp = nextByte(s, i, end, up)
		}
		i = min(nextLo, nextUp)
		if i == end {
			return -1
		}
		if hasPrefixFoldASCII(s[i:], w) {
			return i
		}
	}
	return -1
}

// nextByte returns the first place of c in s[from:end], or end.
func nextByte(s string, from, end int, c byte) int {
	if k := strings.IndexByte(s[from:end], c); k >= 0 {
		return from + k
	}
	return end
}
