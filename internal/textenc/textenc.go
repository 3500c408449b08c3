// Package textenc finds the character set of text that is not UTF-8 and
// names it, so that it can be decoded instead of turned into mojibake:
//
//	"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0"   windows-1251 (letter frequencies)  "Привет, мир"
//	"\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2"   koi8-r       (letter frequencies)  "Привет, мир"
//	"Caf\xe9 cr\xe8me"                         windows-1252 (letter frequencies)  "Café crème"
//	"\xff\xfeH\x00i\x00"                       utf-16le     (byte-order mark)     "Hi"
//	"H\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00"   utf-16le     (NUL bytes)           "Hi there"
//
// [BOM] reads a byte-order mark. [Detect] takes the whole text and looks, in
// order, for a byte-order mark (UTF-8, UTF-16 or UTF-32), for UTF-32
// without one (two NUL bytes in every code unit), for UTF-16 without one
// (the NUL bytes of its ASCII characters, all in the high half of their
// code units), and, for text that is not valid UTF-8, for an East Asian
// double-byte charset whose characters are the common ones of its
// language, for UTF-16 that holds no ASCII (its code units, read in one
// byte order, are text and many of them the common characters of Chinese
// or Japanese or the frequent letters of Cyrillic), then for the
// single-byte charset whose letters fit a language best. It never fires on
// valid UTF-8 without NUL bytes or many control bytes, nor on UTF-8 with a
// few broken bytes among many good ones, nor on binary data; when no charset fits well it gives up, and the
// caller keeps UTF-8 with replacement characters.
//
// # The single-byte guess
//
// Each candidate is a charset with the languages written in it:
// windows-1252 and iso-8859-15 (Western European, Icelandic, Estonian),
// windows-1250 and iso-8859-2 (Polish, Czech and Slovak, Hungarian,
// Romanian, Croatian and Slovene), windows-1254 (Turkish, Azerbaijani),
// windows-1251, koi8-r, koi8-u, iso-8859-5 and ibm866 (Russian and the
// other Cyrillic languages), windows-1257, iso-8859-13 and iso-8859-4
// (Lithuanian, Latvian, Estonian), windows-1253 and iso-8859-7 (Greek),
// windows-1255 and iso-8859-8 (Hebrew), windows-1256 and iso-8859-6 (Arabic
// and Persian), windows-874 (Thai), windows-1258 (Vietnamese), and the
// region's: x-mac-cyrillic (Russian on a Mac), pt154 and kz-1048 (Kazakh
// Cyrillic), armscii-8 (Armenian), georgian-academy and georgian-ps
// (Georgian); x/text has no tables for the last five, tables.go holds
// them. Serbian and Macedonian are a language of their own beside the
// other Cyrillic ones, for their letters that Russian lacks. A
// language is a share of non-ASCII letters among its letters and the
// frequencies of those letters (combining marks, such as Thai vowel signs,
// Hebrew points and Vietnamese tones, count as letters). A candidate's
// score is the log-likelihood of the sample's letters under it: the ASCII
// letters, each non-ASCII byte as the charset decodes it (a frequent letter
// scores well, a rare one badly, a control character or a symbol inside a
// word very badly), upper-case letters a little worse than lower-case, and
// an upper-case letter after a lower-case one, or a script change inside a
// word, worse still (and counted as a byte that reads badly: the bytes of
// an East Asian charset read in ARMSCII-8 or Mac Cyrillic, whose high
// halves are letters, make such words). So windows-1251 and koi8-r, which
// put the same 66 letters at other bytes, are told apart by which letters
// come out frequent and in lower case. The best candidate must decode almost every non-ASCII
// byte of the sample as a letter its languages use or as common
// punctuation, in words no longer than a language that puts spaces between
// words writes (but Thai), or there is no guess. Charsets that decode a
// sample alike score it alike, and the first in the list above is named.
//
// Charsets for ISO-8859-1 and ISO-8859-9 are named windows-1252 and
// windows-1254, as the WHATWG Encoding standard (and browsers) read them:
// they are supersets that decode the same letters.
//
// # The double-byte guess
//
// Shift_JIS, EUC-JP, GBK (decoded as GB18030, its superset), Big5 and
// EUC-KR: each decodes the start of the sample, and the one whose
// characters are most often the common ones of its language (kana for
// Japanese, the most frequent Hangul syllables for Korean, the most
// frequent characters in simplified or traditional forms for Chinese), with
// almost no invalid sequence, is named. A sample whose runs of non-ASCII
// bytes are all of even length, as a double-byte charset makes them, gets
// no single-byte guess when no double-byte charset fits.
//
// Not guessed: the Indic charsets, Mac Roman and the Mac charsets but
// Cyrillic, iso-8859-16, EUC-TW, Johab, the 7-bit ISO-2022 and HZ forms
// (they are valid UTF-8). A mostly English text with a few words in a
// script whose languages write no ASCII (Armenian, Cyrillic, Greek) is
// read by a mixed reading of the script's charset (see withASCII): ASCII
// letters nearly free, the script's letters by their frequencies. UTF-16 that holds no ASCII and is valid UTF-8 (Cyrillic
// with no ASCII space, each of its bytes under 0x80) is guessed only when
// a quarter of its bytes or more are control characters.
//
// # Cost
//
// One pass over the text to count valid and invalid UTF-8 sequences (and,
// for valid UTF-8, one over its first nulLen bytes to count control
// characters), then, for text that is not UTF-8 only, a pass in each byte
// order over its first nulLen bytes read as UTF-16, a decoding of at most
// dbcsLen bytes per double-byte candidate and a pass per single-byte
// candidate over a sample of at most [SampleLen] bytes from where the
// first invalid byte is: linear and bounded. The languages' letter
// frequencies are slices of constants and the candidates' tables are built
// on first use, so a process that reads only UTF-8 pays nothing for them.
package textenc

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// SampleLen is how many bytes the statistics look at.
const SampleLen = 16 << 10

// nulLen is how far NUL bytes are looked for, the sign of UTF-16 (or of
// binary data).
const nulLen = 8 << 10

// Guess is a character set found for a text.
type Guess struct {
	// Name is the charset's WHATWG name: "utf-8", "utf-16le", "utf-16be",
	// "windows-1251", "koi8-r", "iso-8859-2", "windows-1253", "shift_jis",
	// "gbk", "big5", "euc-kr", "x-mac-cyrillic" ..., or for those WHATWG
	// does not name, the IANA or common one: "utf-32le", "utf-32be",
	// "armscii-8", "georgian-ps", "georgian-academy", "pt154", "kz-1048".
	Name string
	// Encoding decodes the text after the byte-order mark.
	Encoding encoding.Encoding
	// BOM is the length of the byte-order mark at the start of the text,
	// 0 when there is none.
	BOM int
	// By says how the charset was found: "byte-order mark", "NUL bytes"
	// (UTF-16 or UTF-32 without a mark), "common characters" (UTF-16
	// without a mark or ASCII), "letter frequencies, " and the language
	// (single-byte charsets) or "character frequencies, " and the
	// language (East Asian double-byte charsets).
	By string
}

// DecodeString decodes s, which starts with the mark the guess counts, into
// UTF-8. Bytes the charset does not define become U+FFFD.
func (g Guess) DecodeString(s string) (string, error) {
	return g.Encoding.NewDecoder().String(s[g.BOM:])
}

// BOM reports the encoding that a byte-order mark at the start of s names:
// UTF-8 (EF BB BF), UTF-32BE (00 00 FE FF), UTF-32LE (FF FE 00 00, and a
// first character of the Basic Multilingual Plane or none), UTF-16BE
// (FE FF) or UTF-16LE (FF FE).
func BOM[T ~string | ~[]byte](s T) (Guess, bool) {
	switch {
	case len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF:
		return Guess{Name: "utf-8", Encoding: unicode.UTF8, BOM: 3, By: "byte-order mark"}, true
	case len(s) >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF:
		return Guess{Name: "utf-32be", Encoding: utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), BOM: 4, By: "byte-order mark"}, true
	case len(s) >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0 && (len(s) < 8 || s[6] == 0 && s[7] == 0):
		// FF FE 00 00 is also UTF-16LE's mark before a NUL: UTF-32LE's
		// when the first character after it is of the Basic
		// Multilingual Plane, as a text's first character is.
		return Guess{Name: "utf-32le", Encoding: utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), BOM: 4, By: "byte-order mark"}, true
	case len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF:
		return Guess{Name: "utf-16be", Encoding: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), BOM: 2, By: "byte-order mark"}, true
	case len(s) >= 2 && s[0] == 0xFF && s[1] == 0xFE:
		return Guess{Name: "utf-16le", Encoding: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), BOM: 2, By: "byte-order mark"}, true
	}
	return Guess{}, false
}

// Detect finds the charset of s when s is not plain UTF-8: a UTF-16 or
// UTF-32 byte-order mark, UTF-16 or UTF-32 without a mark, an East Asian
// double-byte charset or a single-byte one (see the package
// documentation). ok is false for valid UTF-8 without NUL bytes or many
// control bytes (with or without its byte-order mark), for UTF-8 with some
// broken bytes, for binary data, and when no charset fits.
func Detect(s string) (g Guess, ok bool) {
	if g, ok := BOM(s); ok {
		if g.Name == "utf-8" {
			return Guess{}, false // nothing to decode
		}
		return g, true
	}
	head := s[:min(len(s), nulLen)]
	if strings.IndexByte(head, 0) >= 0 {
		if g, ok := detectUTF32(head); ok {
			return g, true
		}
		if g, ok := detectUTF16(head); ok {
			return g, true
		}
		return detectUTF16NoASCII(head) // a NUL from 一 (U+4E00), say
	}
	valid, invalid, first := countUTF8(s)
	if invalid == 0 && manyControls(head) {
		// UTF-16 of a script whose code units have a control byte in
		// their high half (Cyrillic's 0x04), and no ASCII: each of its
		// bytes is ASCII.
		return detectUTF16NoASCII(head)
	}
	// Text in a single-byte charset seldom makes a valid multi-byte UTF-8
	// sequence (Russian in ibm866, one for six bytes that are not; Thai in
	// windows-874, the worst case, whose consonants follow a vowel or a
	// consonant as UTF-8 trail bytes follow a lead byte, two for five);
	// UTF-8 with some damage makes many.
	if invalid == 0 || valid*3 > invalid*2 {
		return Guess{}, false
	}
	sample := sampleAt(s, first)
	if g, ok := detectDoubleByte(sample); ok {
		return g, true
	}
	if g, ok := detectUTF16NoASCII(head); ok {
		return g, true
	}
	if pairedHighBytes(sample) {
		return Guess{}, false // a double-byte charset not guessed: no single-byte mojibake
	}
	return detectSingleByte(sample)
}

// pairedHighBytes reports whether the sample's runs of bytes that are not
// ASCII are (almost) all of even length, as in the EUC charsets and GBK,
// whose characters are two such bytes each: at least minRuns runs, no more
// than one in twenty of odd length. The words of text in a single-byte
// charset are odd and even alike.
func pairedHighBytes(s string) bool {
	runs, odd, n := 0, 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= utf8.RuneSelf {
			n++
			continue
		}
		if n > 0 {
			runs++
			odd += n & 1
			n = 0
		}
	}
	return runs >= minRuns && odd*20 <= runs
}

// minRuns is the fewest runs of non-ASCII bytes pairedHighBytes judges.
const minRuns = 8

// countUTF8 counts the valid multi-byte UTF-8 sequences of s and the bytes
// that start no valid sequence, and returns where the first such byte is.
func countUTF8(s string) (valid, invalid, first int) {
	first = -1
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid, invalid, first
}

// sampleAt returns at most SampleLen bytes of s from the start of the line
// that holds byte i (or from a little before i on a long line).
func sampleAt(s string, i int) string {
	from := max(0, i-256)
	if nl := strings.LastIndexByte(s[from:i], '\n'); nl >= 0 {
		from += nl + 1
	}
	return s[from:min(len(s), from+SampleLen)]
}
