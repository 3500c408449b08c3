package clean

import (
	"encoding/binary"
	"math/bits"
	"sort"
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

// orig maps offset t of the tidied text to the page, as origAt maps it
// through one step's edits.
func (e tidyEdits) orig(t int, start bool) int {
	return origAt(e.blanks, origAt(e.nfc, t, start), start)
}

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

// joinersKept returns the end of the joiner-like characters (direction
// marks, zero-width joiners) the normaliser keeps at the start of the run
// of blanks src[start:end], with the invisible characters among them (which
// it removes), or start when it keeps none. Inside a line it keeps those
// before the run's first space when the character before the run or the
// one after them needs them (see [uchar.KeepsJoiner]), and removes the
// rest with the spaces and the invisible characters around them:
// "a\u200eb" is printed "ab", one word, "\u0627\u200c\u0628" as it is.
// At a line's edge (edge), segmentText trims the run as the normaliser
// does (see trimLeftEdge), and the part it may keep is returned, for the
// invisible characters in it to go: at the line's start the whole run (the
// kept joiners are the last ones before the line's first visible
// character, with the invisible characters after them), at its end the
// run up to its last joiner-like character.
func joinersKept(src string, start, end int, lineStart, edge bool, memo *prevMemo) int {
	if lineStart {
		return end
	}
	if edge {
		last := start
		for k := start; k < end; {
			r, n := utf8.DecodeRuneInString(src[k:])
			k += n
			if uchar.IsJoinerLike(r) {
				last = k
			}
		}
		return last
	}
	lead := start
	for lead < end {
		r, n := utf8.DecodeRuneInString(src[lead:])
		if r == ' ' || r == '\t' || r == '\v' || r == '\f' || isOddSpace(r) {
			break
		}
		lead += n
	}
	prev := memo.prev(src, start)
	next := rune(' ')
	if lead == end {
		next, _ = utf8.DecodeRuneInString(src[end:])
	}
	if !uchar.KeepsJoiner(prev, next) {
		return start
	}
	return lead
}

// invisibleRun returns the first run of invisible characters in s from k
// on, as its start and end (both len(s) when there is none).
func invisibleRun(s string, k int) (int, int) {
	g := k
	for g < len(s) {
		r, n := utf8.DecodeRuneInString(s[g:])
		if isInvisible(r) {
			break
		}
		g += n
	}
	h := g
	for h < len(s) {
		r, n := utf8.DecodeRuneInString(s[h:])
		if !isInvisible(r) {
			break
		}
		h += n
	}
	return g, h
}

// joinerPrev returns the character the normaliser reads as the one before
// a run of joiner-like characters that starts at the end of s: the last
// that is not a joiner-like or an invisible character, nor an inherited
// mark (see [uchar.IsInheritedMark]; '\n' at the start of the text).
// It reads back over those, as far as they go.
func joinerPrev(s string) rune {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !passedOver(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return '\n'
}

// passedOver reports whether joinerPrev reads back over r.
func passedOver(r rune) bool {
	return uchar.IsJoinerLike(r) || isInvisible(r) || uchar.IsInheritedMark(r)
}

// prevMemo is joinerPrev at increasing offsets of one text, each call
// reading back no further than the offset of the one before, whose answer
// it then takes: the text is read once, however many runs of joiners and
// marks alternate in it.
type prevMemo struct {
	at int  // the offset of the last call
	r  rune // its answer
	ok bool // there was one
}

// prev is joinerPrev(src[:start]).
func (m *prevMemo) prev(src string, start int) rune {
	r := '\n'
	for i := start; i > 0; {
		if m.ok && i == m.at {
			r = m.r
			break
		}
		c, n := utf8.DecodeLastRuneInString(src[:i])
		if !passedOver(c) {
			r = c
			break
		}
		i -= n
	}
	m.at, m.r, m.ok = start, r, true
	return r
}

// hasJoinerLike reports whether s holds a joiner-like character.
func hasJoinerLike(s string) bool {
	for _, r := range s {
		if uchar.IsJoinerLike(r) {
			return true
		}
	}
	return false
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

// untidy gives the blocks cut from tidied text their text as src has it:
// each block's ends are mapped back through the edits tidySpace made, so a
// block keeps every character it covers (the odd spaces and invisible
// characters inside it included), and the invisible characters just after
// it join it. The work is a few binary searches per block: a line's start
// in src is mapped from its start in tidied text like any other offset (no
// edit starts at a line's start, where tidySpace leaves blanks alone).
func untidy(blocks []Block, src, tidied string, edits tidyEdits) {
	tidyLines := lineStarts(tidied)
	// The blocks come in page order, so each kind of offset mapped grows
	// from one block to the next: a cursor per kind walks the edits once.
	starts, ends, lines := edits.cursor(true), edits.cursor(false), edits.cursor(true)
	for k := range blocks {
		bk := &blocks[k]
		if bk.Line < 1 || bk.Line > len(tidyLines) || bk.Text == "" || bk.Col < 0 {
			continue
		}
		lineAt := tidyLines[bk.Line-1]
		t0 := lineAt + bk.Col
		t1 := t0 + len(bk.Text)
		if t1 > len(tidied) || tidied[t0:t1] != bk.Text {
			continue // a block whose text a stage rewrote keeps it
		}
		from, to := starts.orig(t0), ends.orig(t1)
		for to < len(src) {
			// the invisible characters right after it join it, so that
			// none falls between two blocks
			r, n := utf8.DecodeRuneInString(src[to:])
			if !isInvisible(r) {
				break
			}
			to += n
		}
		srcLineAt := lines.orig(lineAt)
		if from-srcLineAt == t0-lineAt && src[from:to] == bk.Text {
			continue // nothing tidied inside it (NFC may have grown text before it)
		}
		text := trimLeftEdge(src[from:to])
		bk.Text = trimRightEdge(text)
		bk.Col = to - len(text) - srcLineAt
	}
}

// cursor returns an editsCursor over e's two steps, for block starts
// (start) or ends.
func (e tidyEdits) cursor(start bool) editsCursor {
	return editsCursor{nfc: origCursor{edits: e.nfc, start: start}, blanks: origCursor{edits: e.blanks, start: start}}
}

// editsCursor is tidyEdits.orig for offsets that mostly grow from one call
// to the next: each step's edits are walked forward from where the last
// call left them, rather than searched.
type editsCursor struct {
	nfc, blanks origCursor
}

// orig is tidyEdits.orig(t, start), start fixed by the cursor.
func (c *editsCursor) orig(t int) int { return c.blanks.orig(c.nfc.orig(t)) }

// origCursor is origAt over one step's edits with start fixed: n is the
// number of edits whose tidied bytes begin before t (or at t, for a
// start) for the t of the last call, so that a larger t walks on from
// there and a smaller one is searched for as origAt does.
type origCursor struct {
	edits []tidyEdit
	start bool
	t, n  int
}

// orig is origAt(c.edits, t, c.start).
func (c *origCursor) orig(t int) int {
	if t < c.t {
		c.n = sort.Search(len(c.edits), func(k int) bool { return c.edits[k].at > t || !c.start && c.edits[k].at == t })
	} else {
		for c.n < len(c.edits) && (c.edits[c.n].at < t || c.start && c.edits[c.n].at == t) {
			c.n++
		}
	}
	c.t = t
	return origFrom(c.edits, c.n, t)
}

// origAt maps offset t of a text edits made to the text they were made on:
// a block's first byte (start) or the end of its last byte (!start, where
// an edit that begins right there is not the block's).
func origAt(edits []tidyEdit, t int, start bool) int {
	// the last edit whose tidied bytes begin before t, or at t for a start
	n := sort.Search(len(edits), func(k int) bool { return edits[k].at > t || !start && edits[k].at == t })
	return origFrom(edits, n, t)
}

// origFrom is origAt given n, the number of edits whose tidied bytes begin
// before t (or at t, for a start).
func origFrom(edits []tidyEdit, n, t int) int {
	if n == 0 {
		return t
	}
	e := edits[n-1]
	if t < e.at+e.width {
		return e.from // inside the one space: cannot be a block's edge
	}
	return e.to + t - (e.at + e.width)
}

// lineStarts returns the offset where each of src's lines starts (lines
// end at "\n", as segmentText cuts them).
func lineStarts(src string) []int {
	starts := make([]int, 1, strings.Count(src, "\n")+1)
	for i := strings.IndexByte(src, '\n'); i >= 0; {
		starts = append(starts, i+1)
		j := strings.IndexByte(src[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return starts
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
			w := binary.LittleEndian.Uint64([]byte(src[i : i+8]))
			sp := w ^ spaces
			sp = (sp - ones) &^ sp & highs // the spaces, and perhaps a few others
			m := (w-controls)&^w&highs | w&highs | sp&(sp>>8)
			if sp>>56 != 0 && src[i+8] == ' ' {
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
