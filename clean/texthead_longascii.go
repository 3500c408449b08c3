package clean

import "unicode/utf8"

// longWords runs on every paragraph under a headline candidate; lowering,
// dropping apostrophes and splitting by rune (strings.ToLower,
// apostrophes.Replace, strings.FieldsFunc) made three copies of a line and
// called a function per rune. Most lines are ASCII save for punctuation
// (curly quotes and apostrophes, dashes, "…", non-breaking spaces): for
// them one copy is made and split by byte.

// isPunctSep reports whether r, a rune outside ASCII, is one that
// longWordsAny splits at and that strings.ToLower leaves alone, by a test
// cheaper than theirs: General Punctuation (U+2000 to U+206F: spaces,
// dashes, quotes, "…", bullets; none a letter or digit, none with a lower
// case), a non-breaking space and the guillemets. The apostrophe "’" is
// among them, but apostrophes.Replace drops it first.
func isPunctSep(r rune) bool {
	return 0x2000 <= r && r <= 0x206F || r == 0xA0 || r == 0xAB || r == 0xBB
}

// lowerASCIIDropApostrophes returns a copy of s for longWordsASCII when s
// holds ASCII and isPunctSep runes only: lowered, its apostrophes ("'"
// and "’") dropped and the other isPunctSep runes made a space, so that
// its words are strings.ToLower(apostrophes.Replace(s))'s. It returns
// false (and "") when s holds another rune outside ASCII. The line is
// read through once before its copy is made, so that a line it does not
// take costs no allocation.
func lowerASCIIDropApostrophes(s string) (string, bool) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isPunctSep(r) {
			return "", false
		}
		i += size
	}
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != '’' {
				buf = append(buf, ' ')
			}
			i += size
			continue
		}
		switch {
		case c == '\'':
		case 'A' <= c && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		default:
			buf = append(buf, c)
		}
		i++
	}
	return string(buf), true
}

// longWordsASCII is longWordsAny for t, a line made by
// lowerASCIIDropApostrophes, all ASCII: its words are its runs of a to z
// and 0 to 9 (the ASCII letters and digits, lowered), each one byte a
// rune.
func longWordsASCII(t string) map[string]bool {
	set := make(map[string]bool)
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && ('a' <= t[i] && t[i] <= 'z' || '0' <= t[i] && t[i] <= '9') {
			continue
		}
		if i-start >= 4 {
			set[t[start:i]] = true
		}
		start = i + 1
	}
	return set
}
