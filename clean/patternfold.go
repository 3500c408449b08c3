package clean

import (
	"regexp/syntax"
	"strings"
)

// A case-insensitive pattern ((?i)...) has no case-sensitive literal
// (requiredLiteral), so nothing turned down a page or a line before its
// regexp: commonspace.eu's "views expressed" fingerprint, tried on every
// line of 86 bytes or more that opens with "Th", compiled in most
// processes. foldLiteral is the literal such a pattern still requires,
// compared without ASCII case: a cheap byte search (foldLit.mayHold) finds
// it where the regexp would, so a text that lacks it is no match.

// foldLit is a fold literal (see foldLiteral) as a prefilter searches for
// it: the literal, the place of the letter the search jumps between, and
// whether it is wide. The zero value is no literal.
type foldLit struct {
	lit  string // ASCII, in lower case; "" for none
	at   uint8  // the index in lit of its rarest byte (see foldAnchor)
	wide bool   // lit holds a letter the regexp also matches with a rune past ASCII (see foldsPastASCII)
}

// foldLiteralOf returns the fold literal of a pattern with no
// case-sensitive literal (foldLiteral), without the spaces it opens with
// (a space is at every word), when it has at least least bytes (a shorter
// one is in nearly every line); the zero foldLit otherwise.
func foldLiteralOf(tree *syntax.Regexp, least int) foldLit {
	lit := strings.TrimLeft(foldLiteral(tree), " ")
	if len(lit) < least || len(lit) > 255 {
		return foldLit{}
	}
	return foldLit{lit: lit, at: foldAnchor(lit), wide: foldsPastASCII(lit)}
}

// foldAnchor returns the index of lit's rarest byte in English text, by
// letterOrder (a byte that is no letter counts as rare; a space as the
// commonest), the first of the rarest.
func foldAnchor(lit string) uint8 {
	best, at := -2, 0
	for i := 0; i < len(lit); i++ {
		r := len(letterOrder) // not a letter: a mark or a digit, rare in text
		switch c := lit[i]; {
		case c == ' ':
			r = -1
		case 'a' <= c && c <= 'z':
			r = strings.IndexByte(letterOrder, c)
		}
		if r > best {
			best, at = r, i
		}
	}
	return uint8(at)
}

// letterOrder are the lower-case letters, commonest first in English text.
const letterOrder = "etaoinshrdlcumwfgypbvkjxqz"

// mayHold reports whether t may hold f's literal as a case-insensitive
// regexp matches it: t holds it with ASCII letters of either case, or,
// when wide, t holds one of the runes past ASCII that fold to an ASCII
// letter. The search jumps between the places of the literal's rarest
// letter in either case (strings.IndexByte, which scans many bytes an
// instruction), keeping the next place of each case so that no byte is
// scanned twice for it.
func (f *foldLit) mayHold(t string) bool {
	lit, at := f.lit, int(f.at)
	if len(t) < len(lit) {
		return false // a rune past ASCII in a letter's place is longer than the letter
	}
	lo := lit[at]
	up := upperASCII(lo)
	end := len(t) - len(lit) + at + 1 // the first place of the anchor with no room for the literal after it
	nextLo, nextUp := -1, -1
	for i := at; i < end; i++ {
		if nextLo < i {
			nextLo = nextByte(t, i, end, lo)
		}
		if nextUp < i {
			nextUp = end
			if up != lo {
				nextUp = nextByte(t, i, end, up)
			}
		}
		if i = min(nextLo, nextUp); i == end {
			break
		}
		if hasPrefixFoldASCII(t[i-at:], lit) {
			return true
		}
	}
	return f.wide && holdsWideFold(t)
}

// foldLiteral returns the longest run of ASCII runes of a literal that
// every match of re holds, in lower case, as the regexp folds case; ""
// when there is none. A rune past ASCII ends a run (its folds are not
// ASCII bytes to compare).
func foldLiteral(re *syntax.Regexp) string {
	return longestRequired(re, func(lit *syntax.Regexp) string { return asciiRun(lit.Rune) })
}

// asciiRun returns the longest run of ASCII runes of rs, in lower case.
func asciiRun(rs []rune) string {
	best, from := "", 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] < 0x80 {
			continue
		}
		if i-from > len(best) {
			best = strings.ToLower(string(rs[from:i]))
		}
		from = i + 1
	}
	return best
}

// wideFoldLetters are the ASCII letters the regexp's case folding also
// matches with a rune past ASCII (unicode.SimpleFold): "k" the Kelvin sign
// (U+212A), "s" the long s (U+017F). TestWideFoldLetters checks the list.
const wideFoldLetters = "ks"

// foldsPastASCII reports whether a fold literal holds a letter of
// wideFoldLetters: a text may then hold the literal with one of those
// runes in the letter's place, which the byte search does not see.
func foldsPastASCII(lit string) bool { return strings.ContainsAny(lit, wideFoldLetters) }

// holdsWideFold reports whether t holds the long s or the Kelvin sign, the
// runes past ASCII that a case-insensitive regexp takes for an ASCII
// letter.
func holdsWideFold(t string) bool {
	return strings.Contains(t, "\u017f") || strings.Contains(t, "\u212a")
}

// upperASCII returns c in upper case when it is an ASCII letter in lower
// case, else c.
func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}
