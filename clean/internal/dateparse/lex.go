package dateparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token of a date line: a run of ASCII digits, a run of letters, or one
// punctuation rune. Dashes of every width (and "--") are one token with
// r == '-'.
type tok struct {
	kind  tkind
	start int32 // byte offsets into the line
	end   int32
	val   int // numbers: value (-1 if more than 9 digits); punctuation: the rune
}

type tkind uint8

const (
	tNum tkind = iota + 1
	tWord
	tPunct
)

func (t tok) digits() int { return int(t.end - t.start) }

func (t tok) is(r rune) bool { return t.kind == tPunct && rune(t.val) == r }

// lexer splits a string into tokens, skipping white space (including
// no-break and other Unicode spaces) and zero-width characters.
type lexer struct {
	s string
	i int
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0':
		return true
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

// spaceEnd returns the index of the first rune of s at or after i that
// is no space (len(s) when only spaces follow).
func spaceEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// lowerName lower-cases a month's or weekday's name into buf, after
// trimming one final full stop, for a lookup by string(buf[:n]) that
// allocates nothing; ok is false for a word shorter than 3 or longer than
// maxNameBytes bytes, or one whose lower case does not fit buf. The bound
// leaves room for the longest names of the scripts of three bytes a
// letter (Georgian "სექტემბერი", September, is 30 bytes).
// maxNameBytes is the longest month's or weekday's name lowerName takes.
const maxNameBytes = 40

// nameBuf holds a lower-cased name: room for maxNameBytes and a few more,
// as lower case may be longer than upper case.
type nameBuf = [48]byte

func lowerName(word string, buf *nameBuf) (n int, ok bool) {
	word = strings.TrimSuffix(word, ".")
	if len(word) < 3 || len(word) > maxNameBytes {
		return 0, false
	}
	for _, r := range word {
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return 0, false
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return n, true
}

func isLetter(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc) // marks: "नवंबर", "सितंबर"
}

// next returns the next token, or ok == false at the end of the string.
func (lx *lexer) next() (t tok, ok bool) {
	s := lx.s
	i := lx.i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		lx.i = i
		return tok{}, false
	}
	start := i
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		v := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if v >= 0 {
				if i-start >= 9 {
					v = -1
				} else {
					v = v*10 + int(s[i]-'0')
				}
			}
			i++
		}
		t = tok{kind: tNum, val: v}
	default:
		r, n := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) {
			i += n
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf {
					// ASCII, as isLetter reads it, without decoding.
					if c|0x20 < 'a' || c|0x20 > 'z' {
						break
					}
					i++
					continue
				}
				r, n := utf8.DecodeRuneInString(s[i:])
				if !isLetter(r) {
					break
				}
				i += n
			}
			t = tok{kind: tWord}
		} else if isDash(r) {
			i += n
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !isDash(r) {
					break
				}
				i += n
			}
			t = tok{kind: tPunct, val: '-'}
		} else {
			i += n
			t = tok{kind: tPunct, val: int(r)}
		}
	}
	t.start, t.end = int32(start), int32(i)
	lx.i = i
	return t, true
}
