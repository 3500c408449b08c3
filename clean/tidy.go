package clean

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// tidySpace returns flattened text with the white space inside its lines as
// the article's text will have it: a run of spaces, tabs, no-break and the
// other Unicode spaces becomes one space, and the invisible characters the
// normaliser always removes (soft hyphen, zero-width space, word joiner,
// byte-order mark, C0 controls such as BEL) go, and so do the joiner-like
// ones it removes from Latin or neutral surroundings (see [joinersKept]).
// Line breaks stay where they are, and so does the white space at either
// end of a line, which segmentText trims anyway. A
// carriage return inside a line (not before a line feed) ends a line to
// the normaliser, which removes the white space before it, but not to the
// segmenter: that run goes here too ("00000000 \r0000" is printed
// "00000000\r0000", 40 bytes, a line without words a second pass left out;
// FuzzIdempotent/fb5eae70c14e713c).
// The punctuation look-alikes the normaliser prints as ASCII outside
// Armenian text (U+0589 as a colon, or a full stop at a line's end; see
// [uchar.PunctLookAlike]) are printed so here too, by the same test: a
// date or a headline with "։" in it is read as the output will print it.
// Last, the text is composed to NFC as the normaliser composes it (see
// [tidyNFC]): U+FB30, one Hebrew letter as found, is printed as a letter and
// a mark, and read so.
//
// The detectors read a line as it is cut here. Had they read it untidied,
// a credit or a dateline with two spaces in it would escape them, stay in
// the body, come out of the normaliser with one space, and be found on a
// second pass over the text output: the output would not be a fixed point.
// Once they have labelled the page, [untidy] gives each block its text as
// the input has it, so that the normaliser still sees, and records, every
// change it makes. Text that needs nothing is returned as it is, after one
// pass over its bytes; the edits say what changed, for untidy.
func tidySpace(src string) (string, tidyEdits) {
	mid, blanks := tidyBlanks(src)
	tidied, nfc := tidyNFC(mid)
	return tidied, tidyEdits{blanks: blanks, nfc: nfc}
}

// tidyEdits are the edits tidySpace made, in its two steps: blanks, from
// the page to the text with its blanks tidied (tidyBlanks), and nfc, from
// that text to the one composed (tidyNFC). An offset of the tidied text is
// mapped back through nfc, then through blanks.
type tidyEdits struct {
	blanks, nfc []tidyEdit
}

// none reports whether tidySpace changed nothing.
func (e tidyEdits) none() bool { return len(e.blanks) == 0 && len(e.nfc) == 0 }

// tidyBlanks is tidySpace but for NFC: the white space, the invisible
// characters and the look-alikes.
func tidyBlanks(src string) (string, []tidyEdit) {
	var b strings.Builder // started at the first edit: most pages need none
	var edits []tidyEdit
	done := 0 // src[:done] is written, once b is started
	arm := armenianScan{}
	var memo prevMemo
	// emit replaces src[from:to] with rep.
	emit := func(from, to int, rep string) {
		if edits == nil {
			b.Grow(len(src))
		}
		b.WriteString(src[done:from])
		edits = append(edits, tidyEdit{at: b.Len(), width: len(rep), from: from, to: to})
		b.WriteString(rep)
		done = to
	}
	for i := untidyAt(src, 0); i >= 0; i = untidyAt(src, i) {
		if r, n := utf8.DecodeRuneInString(src[i:]); isLookAlike(r) {
			at := i
			i += n
			if arm.at(src, at) {
				continue // Armenian text: the normaliser keeps it
			}
			end, _ := blankRun(src, i)
			emit(at, i, uchar.PunctLookAlike(r, end == len(src) || src[end] == '\n' || src[end] == '\r'))
			continue
		}
		start := i
		for start > done && src[start-1] == ' ' {
			start-- // the run began with a plain space
		}
		end, spaced := blankRun(src, i)
		spaced = spaced || start < i // "A \u00ad0": the plain space before an invisible one stays
		i = end
		loneCR := end+1 < len(src) && src[end] == '\r' && src[end+1] != '\n'
		if loneCR {
			i++ // past the carriage return, which untidyAt stops at after a space
		}
		if start == end {
			continue
		}
		lineStart := start == 0 || src[start-1] == '\n'
		edge := lineStart || end == len(src) || src[end] == '\n' || src[end] == '\r' && !loneCR
		space := spaced && !loneCR && !edge // the run prints as one space
		lead := start                       // the run's joiner-like part, kept, ends here
		if hasJoinerLike(src[start:end]) {
			lead = joinersKept(src, start, end, lineStart, edge, &memo)
		}
		// The invisible characters among the kept joiners go, a run of
		// them an edit (none at the line's very start, left to
		// segmentText so that no edit starts there: see untidy).
		for k := start; k < lead; {
			g, h := invisibleRun(src[:lead], k)
			if g < h && !(lineStart && g == start) {
				emit(g, h, "")
			}
			k = h
		}
		switch {
		case edge || lead == end:
			// a line's edge: segmentText trims the rest
		case space && src[lead:end] == " ":
			// one space already
		case space:
			emit(lead, end, " ")
		default:
			emit(lead, end, "")
		}
	}
	if edits == nil {
		return src, nil
	}
	b.WriteString(src[done:])
	return b.String(), edits
}

// A tidyEdit is one change of one of tidySpace's steps: a run of blanks
// or a look-alike tidyBlanks replaced, or a span tidyNFC composed.
// src[from:to] of the text the step was given became width bytes (one
// space, nothing for invisible characters alone, the ASCII punctuation, the
// composed characters) at offset at of the text it made.
type tidyEdit struct {
	at, width, from, to int
}

// blankRun returns the end of the run of blanks (spaces, tabs, odd spaces,
// invisible and joiner-like characters) that starts at i, and whether it
// holds a space of some kind (a run of invisible characters alone becomes
// nothing).
func blankRun(src string, i int) (end int, spaced bool) {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if uchar.IsControl(rune(c)) {
				i++ // removed, as the invisible characters are
				continue
			}
			if c != ' ' && c != '\t' && c != '\v' && c != '\f' {
				break
			}
			spaced = true
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case isOddSpace(r):
			spaced = true
		case !isInvisible(r) && !uchar.IsJoinerLike(r):
			return i, spaced
		}
		i += n
	}
	return i, spaced
}

// untidyAt returns the offset, from i on, of the first character tidySpace
// changes, or -1 when there is none (a look-alike is returned even in
// Armenian text, where tidySpace keeps it).
func untidyAt(src string, i int) int {
	for ; i < len(src); i++ {
		// Eight plain bytes at a time: no control byte, no byte over
		// 0x7F, no two spaces in a row. The masks may flag a byte that is
		// none of them, but only above one that is: the lowest flagged
		// byte is where the byte-by-byte test below takes over, none of
		// the bytes before it being a change.
		for i+9 <= len(src) {
			nine := src[i : i+9] // sliced once: the loads below carry no bounds checks
			w := load8(nine[:8])
			sp := w ^ spaces
			sp = (sp - ones) &^ sp & highs // the spaces, and perhaps a few others
			// the controls ((w-controls)&^w&highs) and the high bits
			// (w&highs), or'd in one: a&^w | w is a | w
			m := ((w-controls)|w)&highs | sp&(sp>>8)
			if sp>>56 != 0 && nine[8] == ' ' {
				m |= 1 << 63
			}
			if m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		if i >= len(src) {
			break
		}
		switch tidyClass[src[i]] {
		case 0:
			continue
		case tidySpaceByte:
			if i+1 < len(src) && src[i+1] == ' ' {
				return i
			}
		case tidyControl:
			return i
		case tidyCR:
			if i > 0 && src[i-1] == ' ' && i+1 < len(src) && src[i+1] != '\n' {
				return i // a space before a carriage return inside a line
			}
		case tidyLead:
			if blankAt(src, i) {
				return i
			}
		}
	}
	return -1
}

// blankAt reports whether src holds an odd space, an invisible or a
// joiner-like character or a punctuation look-alike at i, a tidyLead byte,
// reading its bytes rather than decoding it: the typographic quotes and
// dashes that share the lead byte E2 are common, and so are Armenian
// letters (D4 to D6).
func blankAt(src string, i int) bool {
	if i+1 >= len(src) {
		return false
	}
	c1 := src[i+1]
	switch src[i] {
	case 0xC2:
		return c1 == 0xA0 || c1 == 0xAD // U+00A0, U+00AD
	case 0xD5:
		return c1 == 0x9D // U+055D
	case 0xD6:
		return c1 == 0x89 || c1 == 0x8A // U+0589, U+058A
	case 0xE2:
		if i+2 >= len(src) {
			return false
		}
		c2 := src[i+2]
		return c1 == 0x80 && (c2 <= 0x8F || c2 == 0xA4 || 0xAA <= c2 && c2 <= 0xAF) || // U+2000-U+200F, U+2024, U+202A-U+202F
			c1 == 0x81 && (c2 == 0x9F || c2 == 0xA0 || 0xA6 <= c2 && c2 <= 0xA9) // U+205F, U+2060, U+2066-U+2069
	}
	r, _ := utf8.DecodeRuneInString(src[i:]) // E1, E3, EF: rare
	return isOddSpace(r) || isInvisible(r) || uchar.IsJoinerLike(r)
}

// isLookAlike reports whether r is punctuation the normaliser prints as
// ASCII outside Armenian text.
func isLookAlike(r rune) bool {
	return uchar.PunctLookAlike(r, false) != ""
}

// armenianScan tells, at increasing offsets of one text, whether the last
// letter before the offset is Armenian, as the normaliser does to keep
// Armenian punctuation in Armenian text. Each call reads back no further
// than the previous one, so the calls read the text once.
type armenianScan struct {
	pos int  // the offset of the previous call
	val bool // its answer
}

// at reports whether the last letter of src before i is Armenian.
func (a *armenianScan) at(src string, i int) bool {
	for j := i; j > a.pos; {
		r, n := utf8.DecodeLastRuneInString(src[a.pos:j])
		if unicode.IsLetter(r) {
			a.val = unicode.Is(unicode.Armenian, r)
			break
		}
		j -= n
	}
	a.pos = i
	return a.val
}

// Masks for untidyAt's eight-byte test.
const (
	ones     = 0x0101010101010101
	highs    = 0x8080808080808080
	spaces   = 0x2020202020202020
	controls = 0x2020202020202020 // bytes under 0x20: tabs, line breaks
)

// tidyClass sorts bytes for untidyAt: most are nothing to it.
var tidyClass = func() [256]uint8 {
	t := [256]uint8{
		' ': tidySpaceByte, '\t': tidyControl, '\v': tidyControl, '\f': tidyControl, '\r': tidyCR,
		0xC2: tidyLead, 0xD5: tidyLead, 0xD6: tidyLead, 0xE1: tidyLead, 0xE2: tidyLead, 0xE3: tidyLead, 0xEF: tidyLead,
	}
	for c := range byte(0x20) {
		if uchar.IsControl(rune(c)) {
			t[c] = tidyControl
		}
	}
	return t
}()

const (
	tidySpaceByte = 1 + iota // a space: a change when another follows
	tidyControl              // a tab, vertical tab, form feed or other C0 control: always a change
	tidyLead                 // a lead byte of an odd space, an invisible character or a look-alike
	tidyCR                   // a carriage return: a change after a space, inside a line
)

// isOddSpace reports whether r is a space other than U+0020 that the
// normaliser turns into one, outside ASCII (a tab is handled byte by byte).
func isOddSpace(r rune) bool { return r >= utf8.RuneSelf && uchar.IsSpace(r) }

// isInvisible reports whether r is an invisible character the normaliser
// removes wherever it stands ([uchar.IsInvisible]).
func isInvisible(r rune) bool { return uchar.IsInvisible(r) }
