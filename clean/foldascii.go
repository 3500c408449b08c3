package clean

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

// indexFoldASCII returns the index of the first instance of the lower-case
// ASCII word w in the ASCII text s, letters compared without case, or -1.
func indexFoldASCII(s, w string) int {
	if w == "" {
		return 0
	}
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for ; j < len(w); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				break
			}
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}
