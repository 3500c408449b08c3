package textenc

import (
	"sync"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// detectUTF16 recognises UTF-16 without a byte-order mark in a sample that
// holds NUL bytes. Text in UTF-16 has its NUL bytes in the high half of the
// code units of its spaces, digits, punctuation and Latin letters (a tenth of
// the units at least, for a text in any alphabet that puts spaces between
// words) and almost never in the low half; its code units are characters of
// one or two scripts plus punctuation, never NUL, controls, lone
// surrogates or private-use characters. Binary data has NUL bytes in both
// halves, or units from everywhere. Fewer than minUTF16 units are too few to
// tell ("<p>\x00</p>" is binary, not two characters of UTF-16).
func detectUTF16(sample string) (Guess, bool) {
	n := len(sample) / 2
	if n < minUTF16 {
		return Guess{}, false
	}
	var zeros [2]int // NUL bytes at even and at odd offsets
	for i := 0; i < 2*n; i++ {
		if sample[i] == 0 {
			zeros[i&1]++
		}
	}
	le := zeros[1] > zeros[0] // LE: the high byte comes second
	high, low := zeros[0], zeros[1]
	if le {
		high, low = low, high
	}
	if high*10 < n || low*4 > high {
		return Guess{}, false
	}
	if !plausibleUTF16(sample[:2*n], le) {
		return Guess{}, false
	}
	if le {
		return Guess{Name: "utf-16le", Encoding: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), By: "NUL bytes"}, true
	}
	return Guess{Name: "utf-16be", Encoding: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), By: "NUL bytes"}, true
}

// minUTF16 is the fewest code units detectUTF16 judges.
const minUTF16 = 16

// Script groups of code units, for plausibleUTF16.
const (
	gNeutral = iota // punctuation, symbols, spaces: go with any script
	gASCII
	gLatin
	gGreekCyrillic
	gArmenianToArabic
	gIndic
	gSoutheastAsian // Thai to Georgian
	gCJK            // CJK, kana, Hangul, full-width forms
	gOther
	gBad // NUL, controls, lone surrogates, private use, non-characters
	nGroups
)

// plausibleUTF16 reports whether the code units of s (an even number of
// bytes) read as text: no bad unit at all, and the two most common script
// groups plus punctuation making up 95% of the units.
func plausibleUTF16(s string, le bool) bool {
	var count [nGroups]int
	n := len(s) / 2
	for i := 0; i < n; i++ {
		u := uint16(s[2*i])<<8 | uint16(s[2*i+1])
		if le {
			u = uint16(s[2*i+1])<<8 | uint16(s[2*i])
		}
		g := unitGroup(u)
		if g == gBad {
			// a surrogate pair is fine; the sample may cut one in two
			if u >= 0xD800 && u <= 0xDBFF && i+1 < n {
				next := uint16(s[2*i+2])<<8 | uint16(s[2*i+3])
				if le {
					next = uint16(s[2*i+3])<<8 | uint16(s[2*i+2])
				}
				if next >= 0xDC00 && next <= 0xDFFF {
					count[gOther] += 2
					i++
					continue
				}
			}
			if !(i == n-1 && u >= 0xD800 && u <= 0xDBFF) {
				return false
			}
			continue
		}
		count[g]++
	}
	return twoScripts(&count, n)
}

// twoScripts reports whether the two most common script groups of count
// plus punctuation make up 95% of the n units.
func twoScripts(count *[nGroups]int, n int) bool {
	first, second := 0, 0
	for g := gASCII; g < gBad; g++ {
		switch c := count[g]; {
		case c > first:
			first, second = c, first
		case c > second:
			second = c
		}
	}
	return (first+second+count[gNeutral])*100 >= 95*n
}

func unitGroup(u uint16) int {
	switch {
	case u == '\t' || u == '\n' || u == '\r' || u == '\f':
		return gNeutral
	case u < 0x20 || u >= 0x7F && u < 0xA0:
		return gBad
	case u < 0x7F:
		if 'A' <= u && u <= 'Z' || 'a' <= u && u <= 'z' {
			return gASCII
		}
		return gNeutral
	case u < 0xC0: // Latin-1 punctuation and symbols
		return gNeutral
	case u < 0x370 || u >= 0x1E00 && u < 0x1F00:
		return gLatin
	case u < 0x530 || u >= 0x1F00 && u < 0x2000:
		return gGreekCyrillic
	case u < 0x900:
		return gArmenianToArabic
	case u < 0xE00:
		return gIndic
	case u < 0x1100:
		return gSoutheastAsian
	case u >= 0x2000 && u < 0x2C00 || u >= 0x3000 && u < 0x3040:
		return gNeutral
	case u >= 0xD800 && u < 0xE000, u >= 0xE000 && u < 0xF900, u >= 0xFFFE:
		return gBad
	case u >= 0x2E80 && u < 0xA000, u >= 0xAC00 && u < 0xD7B0, u >= 0xFF00 && u < 0xFFF0, u >= 0x1100 && u < 0x1200:
		return gCJK
	}
	return gOther
}

// detectUTF16NoASCII recognises UTF-16 without a byte-order mark that holds
// no ASCII character, and so no NUL byte in the high half of its units:
// Chinese or Japanese with full-width punctuation, Cyrillic whose words are
// parted by other spaces than ASCII's. head is the start of the text, where its code units start.
// Read in one byte order, every unit must be text (plausibleUTF16), and
// at least a third of its letters the common characters of Chinese,
// Japanese or Korean or the frequent letters of Cyrillic: the bytes of any
// other text make units that are private-use, surrogates, controls or
// rare syllables and ideographs.
func detectUTF16NoASCII(head string) (Guess, bool) {
	n := len(head) / 2
	if n < minUTF16 {
		return Guess{}, false
	}
	bestFit, le, found := 0.0, false, false
	for _, order := range []bool{false, true} {
		if !plausibleUTF16(head[:2*n], order) {
			continue
		}
		if fit := commonUnits(head[:2*n], order); fit >= minCommonUnits && fit > bestFit {
			bestFit, le, found = fit, order, true
		}
	}
	switch {
	case !found:
		return Guess{}, false
	case le:
		return Guess{Name: "utf-16le", Encoding: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), By: "common characters"}, true
	}
	return Guess{Name: "utf-16be", Encoding: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), By: "common characters"}, true
}

// minCommonUnits is the share of common characters detectUTF16NoASCII asks.
const minCommonUnits = 1.0 / 3

// commonUnits returns the share of the letters among the code units of s
// that are common: kana, a common Chinese, Japanese or Korean character,
// a Cyrillic letter of 1% of Russian text or more.
func commonUnits(s string, le bool) float64 {
	dbcsCandidates() // builds the sets of common characters
	letters, common := 0, 0
	for i := 0; i+1 < len(s); i += 2 {
		u := rune(s[i])<<8 | rune(s[i+1])
		if le {
			u = rune(s[i+1])<<8 | rune(s[i])
		}
		if unitGroup(uint16(u)) == gNeutral {
			continue
		}
		letters++
		switch {
		case u >= 0x3040 && u < 0x3100, u >= 0x410 && u < 0x450 && frequentCyrillic()[u&0x1F]:
			common++
		default:
			for _, c := range dbcsCandidates() {
				if c.common[u] {
					common++
					break
				}
			}
		}
	}
	return float64(common) / float64(max(letters, 1))
}

// detectUTF32 recognises UTF-32 without a byte-order mark in a sample that
// holds NUL bytes: the high byte of every code unit is NUL, and so is the
// next byte for all but a few (a character past the Basic Multilingual
// Plane, an emoji); every unit must be text (as plausibleUTF16 asks of
// UTF-16's). UTF-16 and binary data have their NUL bytes elsewhere.
func detectUTF32(sample string) (Guess, bool) {
	n := len(sample) / 4
	if n < minUTF16 {
		return Guess{}, false
	}
	for _, le := range []bool{false, true} {
		var count [nGroups]int
		plane0 := 0
		for i := 0; i < n; i++ {
			b := sample[4*i : 4*i+4]
			u := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
			if le {
				u = uint32(b[3])<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
			}
			if u > 0x10FFFF {
				count[gBad]++
				break
			}
			if u < 0x10000 {
				plane0++
				count[unitGroup(uint16(u))]++
			} else {
				count[gOther]++
			}
		}
		if count[gBad] > 0 || plane0*20 < n*19 || !twoScripts(&count, n) {
			continue
		}
		if le {
			return Guess{Name: "utf-32le", Encoding: utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), By: "NUL bytes"}, true
		}
		return Guess{Name: "utf-32be", Encoding: utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), By: "NUL bytes"}, true
	}
	return Guess{}, false
}

// manyControls reports whether a quarter of the bytes of s or more are
// control characters other than the blanks.
func manyControls(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return n*4 >= len(s)
}

// frequentCyrillic says which of Russian's letters а to я (by their code
// point's low five bits) make 1% of Russian text or more.
var frequentCyrillic = sync.OnceValue(func() (set [32]bool) {
	for _, lf := range cyrillic.freqs {
		if lf.f >= 1 && lf.r >= 'а' && lf.r <= 'я' {
			set[lf.r&0x1F] = true
		}
	}
	return set
})
