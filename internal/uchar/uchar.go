// Package uchar holds the character classes the normaliser's clean-up
// applies and package clean's detectors read, so that a detector judges a
// line by the characters the article will print: which runes become a
// space, which are removed, which joiners stay, which look-alike
// punctuation is rewritten, and the spans NFC composes. They are shared
// here rather than exported by package normalize, whose API is the
// normaliser itself; so are the small tests of runs of characters that
// packages clean and extract both make (AllASCIIDigits).
package uchar

import (
	"iter"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsSpace reports whether r is a space that becomes U+0020: tabs, the
// no-break spaces and the other Unicode spaces.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return true
	}
	return '\u2000' <= r && r <= '\u200A'
}

// IsInvisible reports whether r is an invisible character that is always
// removed: soft hyphen, zero-width space, word joiner, byte-order mark, the
// Mongolian vowel separator, and the C0 controls (see IsControl).
func IsInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u2060', '\uFEFF', '\u180E':
		return true
	}
	return IsControl(r)
}

// IsControl reports whether r is a C0 control character other than white
// space and line ends (tab, line feed, vertical tab, form feed, carriage
// return): NUL, BEL, ESC and the like, which the clean-up removes wherever
// they stand. They are no text a reader sees, and they are what makes a
// text look binary to the cleaner, so output that kept them could be
// refused when cleaned again. DEL and the C1 controls (U+0080 to U+009F)
// are kept: in scraped text the C1 ones are mostly punctuation decoded with
// the wrong charset (U+0097 for an em dash), and removing them would glue
// words.
func IsControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r'
}

// IsJoinerLike reports whether r is a zero-width joiner, non-joiner or
// direction mark. These carry meaning next to Arabic-script, Indic or emoji
// characters, so they are removed only from Latin-script or neutral
// surroundings.
func IsJoinerLike(r rune) bool {
	switch r {
	case '\u200C', '\u200D', '\u200E', '\u200F':
		return true
	}
	return ('\u202A' <= r && r <= '\u202E') || ('\u2066' <= r && r <= '\u2069')
}

// NeedsJoiner reports whether r is a neighbour that keeps a joiner-like
// character: a letter of a script other than Latin, a symbol, or an emoji
// modifier.
func NeedsJoiner(r rune) bool {
	if r < utf8.RuneSelf || r == utf8.RuneError {
		return false
	}
	if unicode.IsLetter(r) || unicode.Is(unicode.M, r) {
		return !unicode.Is(unicode.Latin, r)
	}
	return unicode.IsSymbol(r) || unicode.Is(unicode.Variation_Selector, r)
}

// PunctLookAlike returns the ASCII punctuation the clean-up prints, outside
// Armenian text, for r, one of the look-alikes Armenian punctuation and the
// one dot leader lend to Latin text, or "" when r is none of them. U+0589
// ARMENIAN FULL STOP is a full stop at the end of a line (lineEnd) and a
// colon elsewhere.
func PunctLookAlike(r rune, lineEnd bool) string {
	switch r {
	case '\u0589': // Armenian full stop, used as a colon or full stop
		if lineEnd {
			return "."
		}
		return ":"
	case '\u2024': // one dot leader, used as a full stop
		return "."
	case '\u058A': // Armenian hyphen
		return "-"
	case '\u055D': // Armenian comma
		return ","
	}
	return ""
}

// NFCSpans yields, in order, the start and end offsets of the
// normalisation segments of t that NFC changes: the spans the Unicode layer
// composes, each to norm.NFC.Append of its bytes, all else left as it is.
// Code that reads text as the normaliser prints it composes the same spans
// (clean's detectors do, so that a line is judged by the characters the
// article prints).
func NFCSpans(t []byte) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(t); {
			gs := i
			_, size := utf8.DecodeRune(t[i:])
			i += size
			for i < len(t) && !norm.NFC.Properties(t[i:]).BoundaryBefore() {
				_, size = utf8.DecodeRune(t[i:])
				i += size
			}
			if i-gs == 1 || norm.NFC.IsNormal(t[gs:i]) {
				continue
			}
			if !yield(gs, i) {
				return
			}
		}
	}
}

// IsInheritedMark reports whether r is a combining mark of the Inherited
// script (U+0300 to U+036F and the like), other than a variation selector:
// the marks the joiner rule passes over to find the character before a run
// of joiner-like characters, since NFC may compose one with the letter
// before it ("e\u0301" is "é"), whose script then decides. A few
// comparisons settle the characters of most text before the table look-up.
func IsInheritedMark(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r <= 0x36F:
		return true
	case r < 0x485, 0x486 < r && r < 0x64B, 0x655 < r && r < 0x670, 0x670 < r && r < 0x951,
		0x954 < r && r < 0x1AB0, 0x1DFF < r && r < 0x20D0, 0x20F0 < r && r < 0x302A, 0x309A < r && r < 0xFE00:
		return false
	}
	return unicode.Is(unicode.Inherited, r) && unicode.Is(unicode.M, r) && !unicode.Is(unicode.Variation_Selector, r)
}

// KeepsJoiner reports whether the normaliser keeps a run of joiner-like
// characters between prev, the last rune before the run that is not one,
// nor an invisible character or an inherited mark (a space, '\n' at a
// line's start), and next, the first after it (-1 at the text's end): only
// a letter of a script other than Latin, a mark, a symbol or a variation
// selector on either side keeps it.
func KeepsJoiner(prev, next rune) bool { return NeedsJoiner(prev) || NeedsJoiner(next) }
