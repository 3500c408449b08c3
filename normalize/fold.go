package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsclean/newsclean/internal/uchar"
)

// This file holds the character classes shared by the matcher and the
// clean-up: the folded match key, word characters, and the case pattern.

// asciiFold maps an ASCII byte to its folded form: letters to lower case,
// the grave accent to an apostrophe, everything else to itself.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c - 'A' + 'a')
	}
	t['`'] = '\''
	return t
}()

// Byte kinds for the scanner: a word byte can be part of a name, a blocker
// must not touch a name (it would be part of a URL, address or hashtag), and
// everything else separates words.
const (
	kindSep = iota
	kindWord
	kindBlock
)

var asciiKind = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = kindWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = kindWord
		t[c-'a'+'A'] = kindWord
	}
	for _, c := range "./@#_\\" {
		t[c] = kindBlock
	}
	return t
}()

// isApostrophe reports whether r is one of the apostrophe look-alikes that
// news text uses: they fold to ' and never count as part of a word, even
// the modifier letters ʼ ʻ ʹ (category Lm).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '\u02B9',
		'\u00B4', '\u2032', '\u055A', '\u055B':
		return true
	}
	return false
}

// isDash reports whether r is a hyphen or dash look-alike that folds to -.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015',
		'\u2212', '\u058A', '\uFE63', '\uFF0D':
		return true
	}
	return false
}

// isWordRune reports whether r can be part of a word: letters, marks and
// digits of any script, except the apostrophe look-alikes.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiKind[r] == kindWord
	}
	if isApostrophe(r) || generalPunct(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// generalPunct reports whether r is in the General Punctuation block
// (U+2000 to U+206F: odd spaces, dashes, quotes, bullets, invisible
// format characters), which holds no letter, digit or mark: the scan meets
// its quotes and dashes often, and the three class tables need not be
// searched for them (TestGeneralPunct).
func generalPunct(r rune) bool { return r >= 0x2000 && r <= 0x206F }

// foldRune appends the folded form of r to buf and returns it. The fold is
// the match key: lower case, diacritics dropped, schwa look-alikes and the
// dotless and dotted i made plain, apostrophe and dash look-alikes made
// ASCII, combining marks dropped.
func foldRune(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(buf, asciiFold[r])
	}
	switch {
	case isApostrophe(r):
		return append(buf, '\'')
	case isDash(r):
		return append(buf, '-')
	}
	switch r {
	case 'ə', 'Ə', 'ǝ', 'Ǝ', 'ә', 'Ә':
		return append(buf, 'e')
	case 'ı', 'İ':
		return append(buf, 'i')
	case 'ß':
		return append(buf, 's', 's')
	case 'ł', 'Ł':
		return append(buf, 'l')
	case 'đ', 'Đ':
		return append(buf, 'd')
	case 'ø', 'Ø':
		return append(buf, 'o')
	case 'æ', 'Æ':
		return append(buf, 'a', 'e')
	}
	if unicode.Is(unicode.Mn, r) {
		return buf
	}
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	if d := norm.NFD.Properties(tmp[:n]).Decomposition(); len(d) > 0 {
		base, size := utf8.DecodeRune(d)
		rest := d[size:]
		for len(rest) > 0 {
			m, s := utf8.DecodeRune(rest)
			if !unicode.Is(unicode.Mn, m) {
				break
			}
			rest = rest[s:]
		}
		if len(rest) == 0 {
			return foldRune(buf, base)
		}
	}
	return utf8.AppendRune(buf, unicode.ToLower(r))
}

// foldString returns the match key of s.
func foldString(s string) string {
	var buf []byte
	for _, r := range s {
		buf = foldRune(buf, r)
	}
	return string(buf)
}

// lightRune is the fold used to decide whether a matched name already has
// the target spelling: case and punctuation look-alikes are ignored, but
// letters, diacritics and the dotted and dotless i are not.
func lightRune(r rune) rune {
	switch {
	case isApostrophe(r):
		return '\''
	case isDash(r):
		return '-'
	case r == 'İ':
		return 'i' + 0x10000 // distinct from i and from ı
	case r == 'ı':
		return r
	}
	return unicode.ToLower(r)
}

// sameSpelling reports whether a and b spell the same name once case and
// punctuation look-alikes are ignored.
func sameSpelling(a, b string) bool {
	for a != "" && b != "" && a[0] < utf8.RuneSelf && b[0] < utf8.RuneSelf {
		if asciiFold[a[0]] != asciiFold[b[0]] {
			return false
		}
		a, b = a[1:], b[1:]
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if lightRune(ra) != lightRune(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// sameDashes reports whether a and b, two spellings of one name
// (sameSpelling holds, so their runes pair one to one), write each dash
// with the same rune: a name joined by another dash than its target's
// ("Nagorno–Karabakh" with an en dash, U+2011's non-breaking hyphen, a
// minus sign) is not yet the target spelling, and is rewritten to it.
func sameDashes(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && (isDash(ra) || isDash(rb)) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return true
}

// applyCase writes target in the case pattern of src: all capitals stay all
// capitals, all lower case stays lower case, and a source whose every word
// is capitalised capitalises every word of the target. Otherwise the
// target's own case is kept.
func applyCase(src, target string) string {
	return applyCaseTo(src, target, isCapitalised(target))
}

// applyCaseTo is applyCase for a target whose isCapitalised is targetCap
// (an entry holds it: see entry.targetCap).
func applyCaseTo(src, target string, targetCap bool) string {
	var upper, lower, words, capWords int
	if uchar.IsASCII(src) {
		upper, lower, words, capWords = casePatternASCII(src)
	} else {
		upper, lower, words, capWords = casePattern(src)
	}
	switch {
	case upper >= 2 && lower == 0:
		return toUpper(target)
	case upper == 0 && lower > 0:
		return toLower(target)
	case words > 0 && capWords == words && !targetCap:
		return capitalise(target)
	}
	return target
}

// casePatternASCII is casePattern for a text of ASCII bytes, whose letters
// are the ASCII letters, none of them in title case: a byte at a time,
// without the Unicode tables (most names a text rewrites are ASCII).
func casePatternASCII(src string) (upper, lower, words, capWords int) {
	inWord := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		isUpper, isLower := c-'A' < 26, c-'a' < 26
		if !isUpper && !isLower {
			inWord = false
			continue
		}
		if !inWord {
			words++
			if isUpper {
				capWords++
			}
		}
		inWord = true
		if isUpper {
			upper++
		} else {
			lower++
		}
	}
	return upper, lower, words, capWords
}

// casePattern counts src's upper-case and lower-case letters, its words
// (runs of letters) and those of them that start with a capital (upper or
// title case), the case pattern applyCase keeps.
func casePattern(src string) (upper, lower, words, capWords int) {
	inWord := false
	for _, r := range src {
		if unicode.IsLetter(r) {
			if !inWord {
				words++
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					capWords++
				}
			}
			inWord = true
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		} else {
			inWord = false
		}
	}
	return upper, lower, words, capWords
}

func toUpper(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToUpper(r))
	}
	return string(b)
}

func toLower(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// isCapitalised reports whether every word of s but the small words
// starts with a capital.
func isCapitalised(s string) bool {
	if uchar.IsASCII(s) {
		return isCapitalisedASCII(s)
	}
	return isCapitalisedRunes(s)
}

// isCapitalisedRunes is isCapitalised rune by rune, for any text.
func isCapitalisedRunes(s string) bool {
	start := true
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start && !unicode.IsUpper(r) && !smallWordAt(s[i:]) {
				return false
			}
			start = false
		} else {
			start = true
		}
	}
	return true
}

// isCapitalisedASCII is isCapitalised for ASCII s, a byte at a time.
func isCapitalisedASCII(s string) bool {
	start := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c|0x20-'a' < 26 {
			if start && c-'A' >= 26 && !smallWordAt(s[i:]) {
				return false
			}
			start = false
		} else {
			start = true
		}
	}
	return true
}

func smallWordAt(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return smallWords[s[:end]]
}

// smallWords stay lower case in a capitalised name (Republic of Artsakh).
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "de": true, "al": true}

// capitalise upper-cases the first letter of each word of s, except the
// small words.
func capitalise(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		if j > i {
			w := s[i:j]
			if !smallWords[w] {
				r, size := utf8.DecodeRuneInString(w)
				b = utf8.AppendRune(b, unicode.ToUpper(r))
				w = w[size:]
			}
			b = append(b, w...)
			i = j
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b = append(b, s[i:i+size]...)
		i += size
	}
	return string(b)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
