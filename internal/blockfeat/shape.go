package blockfeat

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// Shape is what one byte scan reads from a block's text.
type Shape struct {
	Runes     int  // runes
	Words     int  // runs of letters and digits
	Sentences int  // sentence ends: . ! ? … 。 followed by a space or the end
	Commas    int  // , ; ، 、
	Seps      int  // separators of menus and breadcrumbs: | • · » › / ⋅
	Digits    int  // digits
	Letters   int  // letters
	Upper     int  // upper-case letters
	CapWords  int  // words that start with an upper-case letter
	SentEnd   bool // the text ends a sentence (. ! ? … 。 or one of them before a closing quote)
	Question  bool // the text ends with ?
	ColonEnd  bool // the text ends with :
	Bullet    bool // the text starts with a bullet, a dash or "1." / "1)"
	Address   bool // it holds "http", "www." or "@"
	Copyright bool // it holds ©
	Month     bool // it holds an English month name or its abbreviation as a word
	Year      bool // it holds a four-digit word from 1900 to 2099
	Clock     bool // it holds a time: digits, ':' and two digits
	Ago       bool // it holds the word "ago"
}

// ShapeOf scans s once.
func ShapeOf(s string) Shape {
	var sh Shape
	inWord := false
	wordStart := 0
	var last, prev rune
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// an ASCII byte, read from asciiShape: the same counts and
			// marks as the rune path below, without its calls
			k := asciiShape[c]
			if k&(shapeLetter|shapeDigit) != 0 {
				// a word's ASCII letters and digits, and the space after
				// it and the next word when they follow, without a return
				// to the loop's head
				for {
					if !inWord {
						inWord, wordStart = true, i
						sh.Words++
						sh.CapWords += int(k>>shapeUpperBit) & 1
					}
					// The run of ASCII letters and digits from i, counted
					// at once (wordRun): each adds to Runes and to Letters
					// or Digits, an upper-case letter to Upper, and the
					// last becomes last and prev, as the rune path has it.
					j, end := i, min(len(s), i+maxRun)
					acc := uint64(0)
					for j < end {
						v := wordRun[s[j]]
						if v == 0 {
							break
						}
						acc += v
						j++
					}
					digits, upper := int(acc>>runDigitShift), int(acc>>runUpperShift&runMask)
					sh.Runes += j - i
					sh.Letters += j - i - digits
					sh.Digits += digits
					sh.Upper += upper
					last, prev = rune(s[j-1]), rune(s[j-1])
					i = j
					if j >= len(s) || s[j] != ' ' {
						break // the loop's head reads s[j]
					}
					// the space after most words, read here as the byte
					// path reads it: the word ends, the space counts as a
					// rune and becomes prev (not last)
					if mayMark(s, wordStart, j) {
						sh.word(s[wordStart:j])
					}
					inWord = false
					sh.Runes++
					prev = ' '
					i = j + 1
					if i >= len(s) || s[i] >= utf8.RuneSelf {
						break
					}
					if k = asciiShape[s[i]]; k&(shapeLetter|shapeDigit) == 0 {
						break
					}
				}
				continue
			}
			sh.Runes++
			if inWord && mayMark(s, wordStart, i) {
				sh.word(s[wordStart:i])
			}
			inWord = false
			if k&shapeMark != 0 {
				sh.asciiMark(s, i, prev)
			}
			if k&shapeSpace == 0 && (c != '"' && c != '\'' && c != ')' || last == 0) {
				last = rune(c)
			}
			prev = rune(c)
			i++
			continue
		}
		r, size, k := runeShape(s, i)
		sh.Runes++
		if k&(shapeLetter|shapeDigit) != 0 {
			if !inWord {
				inWord, wordStart = true, i
				sh.Words++
				sh.CapWords += int(k>>shapeUpperBit) & 1
			}
			if k&shapeLetter != 0 {
				sh.Letters++
				sh.Upper += int(k>>shapeUpperBit) & 1
			} else {
				sh.Digits++
			}
		} else {
			if inWord && mayMark(s, wordStart, i) {
				sh.word(s[wordStart:i])
			}
			inWord = false
			switch r {
			case '…', '。':
				if i+size >= len(s) || s[i+size] == ' ' || s[i+size] == '\n' {
					sh.Sentences++
				}
			case '،', '、':
				sh.Commas++
			case '•', '·', '»', '›', '⋅':
				sh.Seps++
			case '©':
				sh.Copyright = true
			}
		}
		if k&shapeSpace == 0 {
			if r != '”' && r != '’' && r != '»' || last == 0 {
				last = r
			}
		}
		prev = r
		i += size
	}
	if inWord && mayMark(s, wordStart, len(s)) {
		sh.word(s[wordStart:])
	}
	switch last {
	case '.', '!', '?', '…', '。':
		sh.SentEnd = true
	}
	sh.Question = last == '?'
	sh.ColonEnd = last == ':'
	if len(s) > 0 {
		switch c := s[0]; {
		case c == '-' || c == '*' || c == '>':
			sh.Bullet = true
		case isDigitByte(c):
			j := 1
			for j < len(s) && isDigitByte(s[j]) {
				j++
			}
			sh.Bullet = j < len(s) && j <= 2 && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ')
		default:
			r, _ := utf8.DecodeRuneInString(s)
			sh.Bullet = r == '•' || r == '–' || r == '—' || r == '·' || r == '▪' || r == '►'
		}
	}
	return sh
}

// wordRun[c] is what ShapeOf's run of ASCII letters and digits adds for
// the byte c: one for a letter or a digit (0 ends the run), and one in the
// field of upper-case letters or of digits. Each field holds maxRun.
var wordRun = func() (t [256]uint64) {
	for c := range utf8.RuneSelf {
		switch k := asciiShape[c]; {
		case k&shapeDigit != 0:
			t[c] = 1 | 1<<runDigitShift
		case k&shapeLetter != 0:
			t[c] = 1 | uint64(k>>shapeUpperBit&1)<<runUpperShift
		}
	}
	return t
}()

// The fields of a wordRun sum, and the longest run summed at once.
const (
	runUpperShift = 21
	runDigitShift = 42
	runMask       = 1<<21 - 1
	maxRun        = runMask
)

// runeShape decodes the rune that starts at s[i] (not ASCII) and classes it
// as asciiShape classes a byte (shapeLetter, shapeDigit, the upper-case
// bit, shapeSpace; no shapeMark): a rune of two bytes (Latin, Greek,
// Cyrillic, Armenian, Hebrew, Arabic) from the table runeShape2, any other
// by package unicode.
func runeShape(s string, i int) (rune, int, uint8) {
	if c := s[i]; c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
		return r, 2, runeShape2[r-utf8.RuneSelf]
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return r, size, classRune(r)
}

// classRune classes r for runeShape by package unicode.
func classRune(r rune) uint8 {
	switch {
	case uchar.IsGeneralPunct(r): // no letter or digit: curly quotes, dashes, odd spaces
		if r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F {
			return shapeSpace // the block's white space (TestClassRunePunct)
		}
		return 0
	case unicode.IsLetter(r):
		if unicode.IsUpper(r) {
			return shapeLetter | 1<<shapeUpperBit
		}
		return shapeLetter
	case unicode.IsDigit(r):
		return shapeDigit
	case unicode.IsSpace(r):
		return shapeSpace
	}
	return 0
}

// runeShape2[r-0x80] is classRune(r) for the runes of two bytes in UTF-8
// (U+0080 to U+07FF), built from the range tables of the classes it reads
// (TestRuneShape2 holds it to classRune).
var runeShape2 = func() (t [0x800 - utf8.RuneSelf]uint8) {
	set := func(tab *unicode.RangeTable, bits uint8) {
		for _, g := range tab.R16 {
			for r := rune(g.Lo); r <= rune(g.Hi) && r < 0x800; r += rune(g.Stride) {
				if r >= utf8.RuneSelf {
					t[r-utf8.RuneSelf] |= bits
				}
			}
		}
	}
	set(unicode.Letter, shapeLetter)
	set(unicode.Upper, 1<<shapeUpperBit)
	set(unicode.Digit, shapeDigit)
	set(unicode.White_Space, shapeSpace)
	return t
}()

// mayMark reports whether the word s[start:end] may be one word marks (a
// month, a year, "ago", "http", "www"): only a word of a length and first
// byte one of them has (wordLeads) is read.
func mayMark(s string, start, end int) bool {
	n := uint(end - start)
	return n <= maxShapeWord && wordLeads[s[start]]&(1<<n) != 0
}

// wordLeads[c] has bit n set when a word of n bytes that starts with c may
// be one word marks: a month in any case, "ago", "www", "http" and a year
// (19xx, 20xx).
var wordLeads = func() (t [256]uint16) {
	add := func(w string) {
		t[w[0]] |= 1 << len(w)
		if c := w[0]; 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] |= 1 << len(w)
		}
	}
	for _, m := range months {
		add(m)
	}
	for _, w := range []string{"ago", "www", "http", "1900", "2000"} {
		add(w)
	}
	return t
}()

// asciiMark reads the ASCII punctuation mark s[i] (one asciiShape marks
// with shapeMark; prev is the rune before it) as ShapeOf's rune path does.
func (sh *Shape) asciiMark(s string, i int, prev rune) {
	switch s[i] {
	case '.', '!', '?':
		if i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
			sh.Sentences++
		}
	case ',', ';':
		sh.Commas++
	case '|', '/':
		sh.Seps++
	case ':':
		if '0' <= prev && prev <= '9' && i+2 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
			sh.Clock = true
		}
	case '@':
		sh.Address = true
	}
}

// Classes of ASCII bytes for ShapeOf's byte path.
const (
	shapeLetter   = 1 << iota // a-z A-Z
	shapeDigit                // 0-9
	shapeSpace                // what unicode.IsSpace reports
	shapeMark                 // a mark ShapeOf counts: . ! ? , ; | / : @
	shapeUpperBit = iota      // the bit of an upper-case letter
)

// asciiShape classes each ASCII byte for ShapeOf.
var asciiShape = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		switch {
		case 'a' <= r && r <= 'z':
			t[c] = shapeLetter
		case 'A' <= r && r <= 'Z':
			t[c] = shapeLetter | 1<<shapeUpperBit
		case '0' <= r && r <= '9':
			t[c] = shapeDigit
		case unicode.IsSpace(r):
			t[c] = shapeSpace
		case strings.ContainsRune(".!?,;|/:@", r):
			t[c] = shapeMark
		}
	}
	return t
}()

// The lengths, in bytes, of the words word can mark: "ago", "www" and
// "jan" to "september" (a year and "http" are four). ShapeOf calls it
// for these lengths only.
const (
	minShapeWord = 3
	maxShapeWord = 9
)

// word reads one word of the scan (of minShapeWord to maxShapeWord bytes;
// a word of another length marks nothing).
func (sh *Shape) word(w string) {
	switch {
	case len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigitByte(w[2]) && isDigitByte(w[3]):
		sh.Year = true
	case len(w) >= 3 && len(w) <= 9 && isMonth(w):
		sh.Month = true
	case len(w) == 3 && equalFoldASCII(w, "ago"):
		sh.Ago = true
	case len(w) == 4 && (w == "http" || w == "HTTP"):
		sh.Address = true
	case len(w) == 3 && equalFoldASCII(w, "www"):
		sh.Address = true
	}
}

var months = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

// isMonth reports whether w is one of months, without case: only the
// names of w's length and first letter are compared (monthIndex).
func isMonth(w string) bool {
	if w == "" || len(w) >= len(monthIndex) {
		return false
	}
	c := w[0] | 0x20
	if c < 'a' || c > 'z' || monthFirsts[len(w)]&(1<<(c-'a')) == 0 {
		return false
	}
	for _, m := range monthIndex[len(w)][c-'a'] {
		if equalFoldASCII(w, m) {
			return true
		}
	}
	return false
}

// monthIndex[n][c-'a'] lists the months of n bytes that start with c.
var monthIndex = func() (t [10][26][]string) {
	for _, m := range months {
		t[len(m)][m[0]-'a'] = append(t[len(m)][m[0]-'a'], m)
	}
	return t
}()

// monthFirsts[n] has bit c-'a' set when monthIndex[n][c-'a'] lists a
// month: most words are turned down on it, without a look at the list.
var monthFirsts = func() (t [len(monthIndex)]uint32) {
	for n := range monthIndex {
		for c, l := range monthIndex[n] {
			if len(l) > 0 {
				t[n] |= 1 << c
			}
		}
	}
	return t
}()

// equalFoldASCII reports whether w equals the lower-case ASCII word m,
// ignoring the case of w's ASCII letters.
func equalFoldASCII(w, m string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != m[i] {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// IsProse reports whether the shape reads as a paragraph of prose: at least
// 12 words ending a sentence, or 60 words whatever its end.
func (sh *Shape) IsProse() bool {
	return sh.Words >= 12 && sh.SentEnd || sh.Words >= 60
}

// logScale maps a count to [0, 1] on a log scale that reaches 1 at max.
func logScale(n, max int) float32 {
	if n <= 0 {
		return 0
	}
	if n >= max {
		return 1 // Log1p grows with n: the quotient is 1 or more
	}
	v := log1pInt(n) / log1pInt(max)
	return float32(min(v, 1)) // v is finite and positive: the builtin, inlined, is math.Min here
}

// log1pInt returns math.Log1p(n), from a table for the counts a page's
// features mostly take (a block's words, its distance to the story): a
// line's vector reads some twenty of them.
func log1pInt(n int) float64 {
	if uint(n) < uint(len(log1pSmall)) {
		return log1pSmall[n]
	}
	return math.Log1p(float64(n))
}

// log1pSmall[n] is math.Log1p(n), for n below log1pSmallLen: written out
// in logtable_gen.go (TestLogTablesGenerated checks each entry).
const log1pSmallLen = 512

func b2f(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

func ratio(a, b int) float32 {
	if b <= 0 {
		return 0
	}
	return float32(min(a, b)) / float32(b)
}

// shapeFeatures is the number of features [Shape.put] writes.
const shapeFeatures = 21

var shapeNames = [shapeFeatures]string{
	"runes", "words", "sentences", "commas/word", "seps/word", "digits", "upper",
	"cap-words", "all-caps", "sentence-end", "question", "colon-end", "bullet",
	"address", "copyright", "month", "year", "clock", "ago", "short", "prose",
}

// put writes the shape's features into v.
func (sh *Shape) put(v []float32) {
	v[0] = log2000.at(sh.Runes)
	v[1] = log400.at(sh.Words)
	v[2] = log30.at(sh.Sentences)
	v[3] = ratio(sh.Commas, sh.Words)
	v[4] = ratio(sh.Seps, sh.Words)
	v[5] = ratio(sh.Digits, sh.Letters+sh.Digits)
	v[6] = ratio(sh.Upper, sh.Letters)
	v[7] = ratio(sh.CapWords, sh.Words)
	v[8] = b2f(sh.Letters >= 2 && sh.Upper == sh.Letters)
	v[9] = b2f(sh.SentEnd)
	v[10] = b2f(sh.Question)
	v[11] = b2f(sh.ColonEnd)
	v[12] = b2f(sh.Bullet)
	v[13] = b2f(sh.Address)
	v[14] = b2f(sh.Copyright)
	v[15] = b2f(sh.Month)
	v[16] = b2f(sh.Year)
	v[17] = b2f(sh.Clock)
	v[18] = b2f(sh.Ago)
	v[19] = b2f(sh.Words <= 3)
	v[20] = b2f(sh.IsProse())
}
