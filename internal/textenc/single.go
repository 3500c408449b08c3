package textenc

import (
	"maps"
	"math"
	"slices"
	"sync"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// How a byte reads in a charset.
const (
	kOther = iota // ASCII that is not a letter
	kLower        // a lower-case letter (ASCII letters included)
	kUpper        // an upper-case letter
	kPunct        // common punctuation and symbols, fine between words
	kApos         // apostrophes and the soft hyphen, fine inside words too
	kBad          // controls, undefined bytes, box drawing, odd symbols
)

// Scores (natural logarithms) of what is not a frequent letter.
const (
	rareShare    = 1e-4 // a rare letter's share of the letters
	upperShare   = 0.45 // the share of letters in upper case: a mild prior
	punctScore   = -4.6
	badScore     = -10.0
	inWordSymbol = -8.0 // a symbol between two letters: "Ma³gorzata"
	caseFlip     = -2.0 // upper case after lower case inside a word
	scriptFlip   = -3.0 // Latin and Cyrillic letters in one word
	quoteOpen    = -3.0 // a word that opens with ’: "’λλοι" is "Άλλοι" in the other Greek charset
)

// A charset, with how each of its bytes reads.
type charset struct {
	name   string
	enc    byteCharset
	kind   [256]uint8
	script [256]uint8 // sLatin, sOther or sMark
	rsquo  [256]bool  // the right single quote, ’
	langs  []*reading
}

// byteCharset is a single-byte charset: a charmap.Charmap of x/text, or a
// tableCharset of this package's for those x/text lacks.
type byteCharset interface {
	encoding.Encoding
	DecodeByte(b byte) rune
}

// The script of a byte's letter, for the script flips inside a word.
const (
	sLatin = iota // ASCII and Latin letters, and what is not a letter
	sOther        // a letter of another script: Cyrillic, Greek, Hebrew ...
	sMark         // a combining mark: goes with the letter before it
)

// A reading is a charset read as one language: the score of each
// non-ASCII byte, and whether it is a letter the language hardly uses.
type reading struct {
	lang  *language
	ascii float64 // score of an ASCII letter
	score [128]float64
	rare  [128]bool
	mixed bool // ASCII text with a few words of the language (see withASCII)
}

// charsets are the candidates, in the order that breaks ties: the first of
// those that decode the sample alike is named. Their tables are built on
// first use (a page that is not UTF-8), not at start-up: about a million
// instructions every process paid.
var charsets = sync.OnceValue(func() []*charset {
	central := []*language{polish, czech, hungarian, romanian, croatian}
	baltic := []*language{lithuanian, latvian, estonian}
	return []*charset{
		newCharset("windows-1252", charmap.Windows1252, western, icelandic, estonian),
		newCharset("windows-1250", charmap.Windows1250, central...),
		newCharset("iso-8859-2", charmap.ISO8859_2, central...),
		newCharset("windows-1254", charmap.Windows1254, turkish, azerbaijani),
		newCharset("windows-1251", charmap.Windows1251, cyrillic, serbian),
		newCharset("koi8-r", charmap.KOI8R, cyrillic),
		newCharset("iso-8859-5", charmap.ISO8859_5, cyrillic, serbian),
		newCharset("ibm866", charmap.CodePage866, cyrillic),
		// After the older candidates, which win a tie: each of these
		// decodes some bytes as the one before it does.
		newCharset("iso-8859-15", charmap.ISO8859_15, western, icelandic, estonian),
		newCharset("koi8-u", charmap.KOI8U, cyrillic),
		newCharset("windows-1257", charmap.Windows1257, baltic...),
		newCharset("iso-8859-13", charmap.ISO8859_13, baltic...),
		newCharset("iso-8859-4", charmap.ISO8859_4, baltic...),
		newCharset("windows-1253", charmap.Windows1253, greek),
		newCharset("iso-8859-7", charmap.ISO8859_7, greek),
		newCharset("windows-1255", charmap.Windows1255, hebrew),
		newCharset("iso-8859-8", charmap.ISO8859_8, hebrew),
		newCharset("windows-1256", charmap.Windows1256, arabic),
		newCharset("iso-8859-6", charmap.ISO8859_6, arabic),
		newCharset("windows-874", charmap.Windows874, thai),
		newCharset("windows-1258", charmap.Windows1258, vietnamese),
		// The region's: Mac Cyrillic decodes Russian's lower case as
		// windows-1251 does, PT154 and KZ-1048 all of Russian, and the
		// Georgian-Academy charset windows-1252's letters from ç on.
		newCharset("x-mac-cyrillic", charmap.MacintoshCyrillic, cyrillic, serbian),
		newCharset("pt154", pt154, kazakh),
		newCharset("kz-1048", kz1048, kazakh),
		newCharset("armscii-8", armscii8, armenian),
		newCharset("georgian-academy", georgianAcademy, georgian),
		newCharset("georgian-ps", georgianPS, georgian),
	}
})

func newCharset(name string, enc byteCharset, langs ...*language) *charset {
	c := &charset{name: name, enc: enc}
	for b := 'A'; b <= 'Z'; b++ {
		c.kind[b], c.kind[b+'a'-'A'] = kUpper, kLower
	}
	for i := 0x80; i < 0x100; i++ {
		r := enc.DecodeByte(byte(i))
		switch {
		case unicode.IsUpper(r):
			c.kind[i] = kUpper
		case unicode.IsLetter(r), unicode.Is(unicode.Mn, r): // Thai vowels, Hebrew points, Vietnamese tones
			c.kind[i] = kLower
		case isApostrophe(r):
			c.kind[i] = kApos
		case isPunct(r), unicode.IsDigit(r): // Thai digits
			c.kind[i] = kPunct
		default:
			c.kind[i] = kBad
		}
		c.rsquo[i] = r == '’'
		switch {
		case unicode.Is(unicode.Mn, r):
			c.script[i] = sMark
		case unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r):
			c.script[i] = sOther
		}
	}
	for _, l := range langs {
		c.langs = append(c.langs, newReading(c, l))
	}
	for _, l := range langs {
		if m := withASCII(l); m != nil {
			rd := newReading(c, m)
			rd.mixed = true
			c.langs = append(c.langs, rd)
		}
	}
	return c
}

func newReading(c *charset, l *language) *reading {
	rd := &reading{lang: l, ascii: math.Log(1 - l.high)}
	// Summed in one order, so that two charsets that decode a text alike
	// score it alike to the last bit and the first of them is named.
	freqs := l.freqMap()
	fs := slices.Sorted(maps.Values(freqs))
	total := 0.0
	for _, f := range fs {
		total += f
	}
	for i := range rd.score {
		r := c.enc.DecodeByte(byte(0x80 + i))
		switch c.kind[0x80+i] {
		case kLower, kUpper:
			caseScore, f := math.Log(1-upperShare), freqs[r]
			if f == 0 && unicode.IsUpper(r) { // 'İ' has its own frequency
				caseScore, f = math.Log(upperShare), freqs[unicode.ToLower(r)]
			}
			share := f / total
			if share == 0 {
				share, rd.rare[i] = rareShare, true
			}
			rd.score[i] = math.Log(l.high*share) + caseScore
		case kPunct, kApos:
			rd.score[i] = punctScore
		default:
			rd.score[i] = badScore
		}
	}
	return rd
}

func isApostrophe(r rune) bool {
	switch r {
	case '’', '‘', 'ʼ', '·', '\u00ad',
		'\u200c', '\u200d', '\u200e', '\u200f', // joiners and direction marks (Persian, Hebrew)
		'՚', '՛', '՜', '՞', '֊': // Armenian apostrophe, stress, exclamation and question marks (over a vowel inside the word), hyphen
		return true
	}
	return false
}

// isPunct reports whether r is punctuation or a symbol that text in a
// single-byte charset commonly holds.
func isPunct(r rune) bool {
	switch r {
	case '\u00a0', '“', '”', '„', '«', '»', '‹', '›', '–', '—', '…', '•', '€', '£', '¥', '¢',
		'©', '®', '™', '°', '±', '§', '×', '÷', '¡', '¿', '²', '½', '¼', '¾', '‰', '†', '‡',
		'№', 'µ',
		'₪', '₫', '฿', '،', '؛', '؟', // shekel, dong, baht; Arabic comma, semicolon, question mark
		'։', '՝': // Armenian full stop and comma
		return true
	}
	return false
}

// tally is what one pass over a sample in one charset counts.
type tally struct {
	hist          [128]int // each non-ASCII byte
	inWord        [128]int // each non-ASCII letter next to another letter
	asciiLetters  int
	caseFlips     int // upper case after lower case inside a word
	scriptFlips   int // Latin after another script inside a word, or the other way
	symbolsInWord int // punctuation between two letters
	quoteOpens    int // ’ before a word's first letter
	longRuns      int // the letters of runs of at least longRun non-ASCII letters
}

// longRun is the longest word of non-ASCII letters a language that puts
// spaces between its words writes (Russian's longest news words have some
// 25 letters). Longer runs are Thai, or the two-byte characters of an East
// Asian charset read as letters.
const longRun = 32

func (t *tally) endRun(n int) {
	if n >= longRun {
		t.longRuns += n
	}
}

// tally counts s read in the charset into t.
func (c *charset) tally(s string, t *tally) {
	*t = tally{}
	prev := uint8(kOther)
	prevScript := uint8(sLatin)
	run := 0 // non-ASCII letters in a row
	for i := 0; i < len(s); i++ {
		b := s[i]
		k := c.kind[b]
		prevLetter := prev == kLower || prev == kUpper
		if b >= 0x80 && isLetterKind(k) {
			run++
		} else {
			t.endRun(run)
			run = 0
		}
		switch k {
		case kLower, kUpper:
			if b < 0x80 {
				t.asciiLetters++
			} else {
				t.hist[b-0x80]++
				if prevLetter || i+1 < len(s) && isLetterKind(c.kind[s[i+1]]) {
					t.inWord[b-0x80]++
				}
			}
			sc := c.script[b]
			if prevLetter {
				if k == kUpper && prev == kLower {
					t.caseFlips++
				}
				if sc != sMark && sc != prevScript {
					t.scriptFlips++
				}
			}
			if sc != sMark {
				prevScript = sc
			}
		case kPunct:
			t.hist[b-0x80]++
			if prevLetter && i+1 < len(s) && isLetterKind(c.kind[s[i+1]]) {
				t.symbolsInWord++
			}
		case kApos:
			t.hist[b-0x80]++
			if !prevLetter && c.rsquo[b] && i+1 < len(s) && isLetterKind(c.kind[s[i+1]]) {
				t.quoteOpens++
			}
			if prevLetter {
				continue // the word goes on
			}
		case kBad:
			t.hist[b-0x80]++
		}
		prev = k
	}
	t.endRun(run)
}

func isLetterKind(k uint8) bool { return k == kLower || k == kUpper }

// judge scores a tally under a reading: the log-likelihood, and the counts
// of non-ASCII bytes that read well (letters the language uses, inside
// words; punctuation between words) and badly.
func (rd *reading) judge(c *charset, t *tally) (score float64, good, bad int) {
	score = math.Log(rd.lang.prior) + float64(t.asciiLetters)*rd.ascii + float64(t.caseFlips)*caseFlip +
		float64(t.scriptFlips)*scriptFlip + float64(t.symbolsInWord)*inWordSymbol +
		float64(t.quoteOpens)*quoteOpen
	for i, n := range t.hist {
		if n == 0 {
			continue
		}
		score += float64(n) * rd.score[i]
		switch c.kind[0x80+i] {
		case kLower, kUpper:
			if rd.rare[i] {
				bad += n
			} else {
				// "ţ" or "Ă" alone between blanks may be stray bytes
				good += t.inWord[i]
			}
		case kPunct, kApos:
			if !rd.mixed {
				good += n
			}
		default:
			bad += n
		}
	}
	if rd.lang != thai { // the one language without spaces between its words

		good, bad = good-t.longRuns, bad+t.longRuns
	}
	// Upper case after lower case, or a script change, inside a word is
	// as bad as a stray byte: the bytes of an East Asian charset read in
	// one whose high half is letters (ARMSCII-8, Mac Cyrillic) make
	// words of them.
	bad += t.caseFlips + t.scriptFlips
	return score, good - t.symbolsInWord, bad + t.symbolsInWord
}

// detectSingleByte picks the reading that fits the sample best, if it fits
// well enough.
func detectSingleByte(sample string) (Guess, bool) {
	var best *charset
	var bestLang *language
	bestScore, bestGood, bestBad := math.Inf(-1), 0, 0
	var t tally
	for _, c := range charsets() {
		c.tally(sample, &t)
		for _, rd := range c.langs {
			score, good, bad := rd.judge(c, &t)
			if rd.mixed && (good < mixedMinLetters || !fits(good, bad)) {
				continue // see withASCII
			}
			if score > bestScore {
				best, bestLang, bestScore, bestGood, bestBad = c, rd.lang, score, good, bad
			}
		}
	}
	// Almost every non-ASCII byte must read as a letter of the language or
	// as common punctuation: a few stray bytes in ASCII text are no charset.
	if best == nil || !fits(bestGood, bestBad) {
		return Guess{}, false
	}
	return Guess{Name: best.name, Encoding: best.enc, By: "letter frequencies, " + bestLang.name}, true
}

// fits reports whether a reading's counts of bytes that read well and
// badly fit the sample: almost every non-ASCII byte reads well.
func fits(good, bad int) bool {
	return good >= 2 && bad*10 <= good+bad
}
