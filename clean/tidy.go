package clean

import (
	"strings"
	"unicode/utf8"
)

// tidySpace returns flattened text with the white space inside its lines as
// the article's text will have it: tabs, no-break and the other Unicode
// spaces become a space, a run of spaces becomes one, and the invisible
// characters the normaliser always removes (soft hyphen, zero-width space,
// word joiner, byte-order mark) go. Line breaks stay where they are.
//
// The detectors read a line as it is cut here. Had they read it untidied,
// a credit or a dateline with two spaces in it would escape them, stay in
// the body, come out of the normaliser with one space, and be found on a
// second pass over the text output: the output would not be a fixed point.
// Text that needs nothing is returned as it is, after one pass over its
// bytes.
func tidySpace(src string) string {
	i := untidyAt(src, 0)
	if i < 0 {
		return src
	}
	var b strings.Builder
	b.Grow(len(src))
	b.WriteString(src[:i])
	space := i > 0 && src[i-1] == ' '
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				if !space {
					b.WriteByte(' ')
				}
				space = true
			default:
				b.WriteByte(c)
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case isOddSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
		case isInvisible(r):
			// dropped; the space state carries over it
		default:
			b.WriteString(src[i : i+n])
			space = false
		}
		i += n
	}
	return b.String()
}

// untidyAt returns the offset, from i on, of the first character tidySpace
// changes, or -1 when there is none.
func untidyAt(src string, i int) int {
	for ; i < len(src); i++ {
		switch c := src[i]; {
		case c == ' ':
			if i+1 < len(src) && src[i+1] == ' ' {
				return i
			}
		case c == '\t' || c == '\v' || c == '\f':
			return i
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF:
			// the lead bytes of every character tidySpace changes
			r, _ := utf8.DecodeRuneInString(src[i:])
			if isOddSpace(r) || isInvisible(r) {
				return i
			}
		}
	}
	return -1
}

// isOddSpace reports whether r is a space other than U+0020 that the
// normaliser turns into one (a tab is handled byte by byte).
func isOddSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return true
	}
	return '\u2000' <= r && r <= '\u200A'
}

// isInvisible reports whether r is an invisible character the normaliser
// removes wherever it stands: soft hyphen, zero-width space, word joiner,
// byte-order mark, Mongolian vowel separator.
func isInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u2060', '\uFEFF', '\u180E':
		return true
	}
	return false
}
