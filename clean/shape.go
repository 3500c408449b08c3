package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// Shapes of lines. The detectors reason about text by its shape: a paragraph
// of prose, a headline, a line with no words at all.

// maxShort is the longest line (in bytes) treated as a headline or a widget.
const maxShort = 300

// endsSentence reports whether s ends the way a sentence does, allowing
// closing quotes and brackets after the final stop: the Latin stops, and
// those of Armenian, Chinese and Japanese, Urdu ("۔"), Arabic and Persian
// ("؟"), and Devanagari's danda ("।") and double danda ("॥"), which end a
// Hindi story's sentences and verses: without them short Hindi paragraphs
// read as no prose, and the text head took a menu's line for the
// headline. (Left out once, when the head still counted a word's vowel
// signs as breaks between words and so read a Hindi headline as a long
// standfirst; wordCount joins them now.)
// It reads back from the end, a byte at a time over ASCII.
func endsSentence(s string) bool {
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			switch c {
			case '.', '!', '?', ':', ';':
				return true
			case '"', '\'', ')', ']', ' ', '\t', '\n', '\v', '\f', '\r':
				s = s[:len(s)-1] // a closing mark or white space: read on back
				continue
			}
			return false
		}
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '…', '։', '。', '！', '？', '۔', '؟', '।', '॥':
			return true
		case '”', '’', '»', '」', '』':
			s = s[:len(s)-size]
			continue
		}
		if !unicode.IsSpace(r) {
			return false
		}
		s = s[:len(s)-size]
	}
	return false
}

// wordCount counts runs of letters or digits, the combining marks of
// India's scripts ([indicMark]: "राज्य" is one word) and the zero-width
// joiner and non-joiner ("क्\u200dष", Persian's "می\u200cشود") inside a
// word part of it; in scripts written without spaces (Chinese, Japanese), each
// character counts as a word. Eight bytes
// of ASCII are counted at once (see asciiWordStarts), the rest a rune at a
// time.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load8(s[i:]); x&highs == 0 {
				var k int
				k, in = asciiWordStarts(x, in)
				n += k
				i += 8
				continue
			}
		}
		// The next eight bytes (or the last few) one at a time.
		for end := min(i+8, len(s)); i < end; {
			if c := s[i]; c < utf8.RuneSelf {
				w := asciiWord[c]
				if w && !in {
					n++
				}
				in = w
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			w := isWordRune(r)
			if w && unspaced(r) {
				n++
				in = false
				continue
			}
			if !w && in && (indicMark(r) || r == zwj || r == zwnj) {
				continue // a vowel sign, a virama or a joiner inside a word ("राज्य", "क्\u200dष")
			}
			if w && !in {
				n++
			}
			in = w
		}
	}
	return n
}

// indicMark reports whether r is a combining mark (a vowel sign, a virama,
// an anusvara) of the scripts of India and Sri Lanka, Devanagari to
// Sinhala (U+0900 to U+0DFF), written with spaces between words: a word's
// letters go on through it. Thai and the scripts of South-East Asia,
// written without spaces, are left out: a line of theirs counts its runs
// between marks as words, as the head's shapes were measured on.
func indicMark(r rune) bool {
	return r >= 0x900 && r <= 0xdff && unicode.In(r, unicode.Mn, unicode.Mc)
}

// asciiWord marks the ASCII letters and digits: the bytes of words.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// unspaced reports whether r belongs to a script written without spaces
// between words, where a character stands for about a word.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// isWordRune reports whether r (past ASCII) is a letter or a digit, the
// General Punctuation block (curly quotes, dashes) answered without the
// Unicode tables.
func isWordRune(r rune) bool {
	return !uchar.IsGeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// hasLetter reports whether s contains a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if !uchar.IsGeneralPunct(r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isProse reports whether a line reads as a paragraph of the story: long
// enough, and ending like a sentence, or several sentences long.
func isProse(s string) bool {
	n := outLen(s, proseCap)
	switch {
	case n >= proseCap:
		return true
	case !endsSentence(s) || outLen(s, minProse) < minProse:
		return false
	}
	return hasWords(s, 12)
}

// minProse is the shortest line (in bytes, as printed) isProse takes.
const minProse = 80

// hasWords reports whether s has at least n words, counting no further.
// Eight bytes of ASCII are counted at once (see asciiWordStarts), the rest
// a rune at a time.
func hasWords(s string, n int) bool {
	if n <= 0 {
		return false // as counting down from n would never reach 0
	}
	in := false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load8(s[i:]); x&highs == 0 {
				var k int
				k, in = asciiWordStarts(x, in)
				if n -= k; n <= 0 {
					return true
				}
				i += 8
				continue
			}
		}
		// The next eight bytes (or the last few) one at a time.
		for end := min(i+8, len(s)); i < end; {
			r, size := rune(s[i]), 1
			var w bool
			if r < utf8.RuneSelf {
				w = asciiWord[r]
			} else {
				r, size = utf8.DecodeRuneInString(s[i:])
				w = isWordRune(r)
				if w && unspaced(r) {
					in = false // each character is a word of its own
				}
			}
			if w && !in {
				if n--; n == 0 {
					return true
				}
			}
			in = w
			i += size
		}
	}
	return false
}

// isHeadline reports whether a line could be a headline or a list item: short,
// with words, and not ending in a full stop (headlines rarely do).
func isHeadline(s string) bool {
	if outLen(s, maxShort) > maxShort || !hasLetter(s) {
		return false
	}
	return !strings.HasSuffix(strings.TrimRight(s, " "), ".") || wordCount(s) <= 12
}

// lookupKey looks a short line up in a table of whole-line phrases, keyed by
// their folded form (see fold). It folds into a buffer on the stack, so a
// look-up allocates nothing.
func lookupKey[V any](m map[string]V, s string) (V, bool) {
	var buf [128]byte
	b, ok := fold(buf[:0], s)
	if !ok {
		var zero V
		return zero, false // longer than any key
	}
	v, ok := m[string(b)]
	return v, ok
}

// foldKey returns the folded form of a table's key.
func foldKey(s string) string {
	b, _ := fold(make([]byte, 0, len(s)+utf8.UTFMax), s)
	return string(b)
}

// fold appends the folded form of s to b, within b's capacity: lower case,
// curly apostrophes straightened, inner white space runs as one space,
// trailing colons dropped. ok is false when the fold does not fit.
func fold(b []byte, s string) (_ []byte, ok bool) {
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most keys, a byte at a time
			i++
			if asciiSpace[c] {
				space = true
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if len(b)+utf8.UTFMax > cap(b) {
				return b, false
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '’' || r == '‘':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if len(b)+utf8.UTFMax > cap(b) {
			return b, false
		}
		b = utf8.AppendRune(b, r)
	}
	for len(b) > 0 && b[len(b)-1] == ':' {
		b = b[:len(b)-1]
	}
	return b, true
}
