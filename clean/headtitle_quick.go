package clean

import (
	"strings"
	"unicode/utf8"
)

// lowerEnds appends to buf strings.ToLower of the head and of the tail of
// s, each long enough for isTitleTrap's prefix and suffix tests (at least
// minRunes runes of s, or all of it), instead of lowering the whole line
// into a new string: lowering was a third of isTitleTrap. An ASCII piece
// is lowered in buf, with no allocation when buf has room.
//
// ToLower maps s rune by rune (unicode.ToLower, a bad byte to U+FFFD), so
// when s is cut before a byte that is not a UTF-8 continuation byte, no
// rune spans the cut and the lowered pieces are the head and tail of
// ToLower(s). Each rune lowers to at least one byte, so minRunes runes
// give at least minRunes bytes to compare.
func lowerEnds(s string, minRunes int, buf []byte) (head, tail []byte) {
	h, n := len(s), 0
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			if n == minRunes {
				h = i
				break
			}
			n++
		}
	}
	t, n := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		if utf8.RuneStart(s[i]) {
			if n++; n == minRunes {
				t = i
				break
			}
		}
	}
	if h >= t { // the ends meet: lower s once
		all := appendLower(buf[:0], s)
		return all, all
	}
	head = appendLower(buf[:0], s[:h])
	return head, appendLower(head[len(head):], s[t:])
}

// appendLower appends strings.ToLower(s) to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(dst, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// hasPrefixBytes is strings.HasPrefix for a byte slice, with no copy. The
// first bytes are compared before the call to compare the rest: most of
// the words a line is tested for fail on it (isTitleTrap's fifty).
func hasPrefixBytes(b []byte, w string) bool {
	return len(w) == 0 || len(b) >= len(w) && b[0] == w[0] && string(b[:len(w)]) == w
}

// hasSuffixBytes is strings.HasSuffix for a byte slice, with no copy; the
// last bytes are compared first, as in hasPrefixBytes.
func hasSuffixBytes(b []byte, w string) bool {
	return len(w) == 0 || len(b) >= len(w) && b[len(b)-1] == w[len(w)-1] && string(b[len(b)-len(w):]) == w
}

// trapEndRunes is how many runes of a line's ends isTitleTrap lowers: more
// than the bytes of its longest prefix ("you are signed out") and suffix
// (" minutes read").
const trapEndRunes = 24
