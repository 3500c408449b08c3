package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
	"golang.org/x/text/unicode/norm"
)

// This file is the Unicode layer: character clean-up (spaces, invisible
// characters, look-alike punctuation, quotes, invalid UTF-8) and NFC.

// segState is what one segment passes on to the next.
type segState struct {
	midLine  bool // not at the start of a line: leading spaces are kept
	armenian bool // the last letter seen was Armenian: Armenian punctuation is kept
}

// isInert reports whether r is left unchanged by NFC whatever surrounds it.
func isInert(b []byte, r rune) bool {
	if '\u2010' <= r && r <= '\u205E' { // general punctuation: quotes, dashes
		return true
	}
	p := norm.NFC.Properties(b)
	return p.BoundaryBefore() && p.BoundaryAfter()
}

// cleaner builds the output of the character clean-up lazily: until the
// first edit, the output is the input itself.
type cleaner struct {
	src   []byte
	out   []byte
	built bool
	done  int // bytes of src already accounted for in out
	edits []edit
}

// replace writes repl in place of src[os:oe], which starts at or after the
// end of the last replacement, and records the edit, merged with the last
// one when they touch.
func (c *cleaner) replace(os, oe int, repl string) {
	if !c.built {
		c.out = append(c.out[:0], c.src[:os]...)
		c.built = true
	} else {
		c.out = append(c.out, c.src[c.done:os]...)
	}
	ns := len(c.out)
	c.out = append(c.out, repl...)
	if k := len(c.edits) - 1; k >= 0 && c.edits[k].oe == os && c.edits[k].ne == ns {
		c.edits[k].oe, c.edits[k].ne = oe, len(c.out)
	} else {
		c.edits = append(c.edits, edit{os: os, oe: oe, ns: ns, ne: len(c.out), layer: idUnicode})
	}
	c.done = oe
}

// result returns the cleaned text: src itself when nothing was replaced.
func (c *cleaner) result() []byte {
	if !c.built {
		return c.src
	}
	return append(c.out, c.src[c.done:]...)
}

// plainASCII marks the ASCII bytes that the clean-up never looks at.
var plainASCII = func() (t [256]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		t[b] = true
	}
	for b := range byte(0x20) {
		t[b] = false // white space, line ends and the C0 controls
	}
	t[' '] = false
	return t
}()

// charScan is the state of one cleanChars call over a segment.
type charScan struct {
	cleaner
	st          segState // the caller's, copied in and back by cleanChars
	final       bool     // the segment ends the text
	asciiQuotes bool     // Options.ASCIIQuotes
	needNFC     bool     // a kept character might be changed by NFC
	prev        rune     // last kept rune that is not joiner-like; -1 at the start
	// Whether the last letter before a point is Armenian is found lazily
	// (see armenianAt): armVal holds the answer at armPos.
	armPos int
	armVal bool
}

// cleanChars applies the character rules to one segment. It returns the
// cleaned text (seg itself when nothing changed), the edits, and whether
// the text holds characters that NFC might change.
func (n *Normalizer) cleanChars(seg []byte, st *segState, final bool, buf []byte, edits []edit) ([]byte, []edit, bool) {
	s := charScan{
		cleaner:     cleaner{src: seg, out: buf, edits: edits},
		st:          *st,
		final:       final,
		asciiQuotes: n.asciiQuotes,
		prev:        -1,
		armVal:      st.armenian,
	}
	for i := 0; i < len(seg); {
		if j := skipPlain(seg, i, s.st.midLine); j > i && !n.straight {
			s.st.midLine = true
			s.prev = rune(seg[j-1])
			i = j
		}
		if i < len(seg) {
			i = s.char(i)
		}
	}
	out, edits, needNFC := s.finish()
	*st = s.st
	return out, edits, needNFC
}

// skipPlain is the fast path: it returns the index after the ordinary
// ASCII from i on, and the single spaces inside a line among it (midLine:
// seg[i] is not at the start of a line). The clean-up leaves these alone.
// It reads eight bytes at a time and stops at the first that is not
// passed (see stopBytes); only the last few bytes of seg go one by one.
func skipPlain(seg []byte, i int, midLine bool) int {
	if !midLine && i < len(seg) && seg[i] == ' ' {
		return i // a line's leading space goes
	}
	// From here on every byte is inside a line: the first is not a space
	// at a line's start, and each later one follows a byte passed.
	for i+8 <= len(seg) {
		x := binary.LittleEndian.Uint64(seg[i:])
		next := uint64(0) // the byte after the eight; none stops a space
		if i+8 < len(seg) {
			next = uint64(seg[i+8])
		}
		if stop := stopBytes(x, x>>8|next<<56); stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3
		}
		i += 8
	}
	for i < len(seg) {
		b := seg[i]
		if plainASCII[b] {
			i++
			continue
		}
		if b == ' ' && i+1 < len(seg) && plainASCII[seg[i+1]] {
			i += 2
			continue
		}
		break
	}
	return i
}

// Masks for stopBytes, which tests eight bytes at once.
const (
	highBits = 0x8080808080808080
	ones     = 0x0101010101010101
)

// stopBytes returns the high bit of each byte of x (read little-endian, so
// the first byte is the lowest) that skipPlain stops at inside a line: a
// byte that is not printable ASCII (0x21 to 0x7F), unless it is a space
// whose next byte, the same place of y, is. Both tests run on every byte
// at once: with each byte's top bit set, subtracting 0x21 cannot borrow
// from the next byte, so a top bit left set means the byte was at least
// 0x21; and adding 0x7F to a byte's low seven bits cannot carry into the
// next, so a top bit left clear, with the byte's own clear, means zero.
func stopBytes(x, y uint64) uint64 {
	sp := x ^ 0x20*ones
	space := ^((sp&(0x7F*ones) + 0x7F*ones) | sp) & highBits
	return ^(printableBytes(x) | space&printableBytes(y)) & highBits
}

// printableBytes returns the high bit of each byte of v from 0x21 to 0x7F.
func printableBytes(v uint64) uint64 { return ((v | highBits) - 0x21*ones) &^ v & highBits }

// char applies the rules to the character at i, one skipPlain left,
// and returns the index after what it handled.
func (s *charScan) char(i int) int {
	seg := s.src
	b := seg[i]
	if b == '\n' {
		s.st.midLine = false
		s.prev = '\n'
		return i + 1
	}
	r, size := rune(b), 1
	if b >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(seg[i:])
		if r == utf8.RuneError && size == 1 {
			s.replace(i, i+1, "\uFFFD")
			s.st.midLine = true
			s.prev = r
			return i + 1
		}
	}
	switch {
	case uchar.IsSpace(r):
		s.prev = ' '
		return s.spaces(i, &s.st, s.final)
	case uchar.IsInvisible(r):
		s.replace(i, i+size, "")
		return i + size
	case uchar.IsJoinerLike(r):
		return s.joiners(i)
	}
	s.st.midLine = true
	if repl := s.lookAlike(i, r, size); repl != "" {
		s.replace(i, i+size, repl)
		s.prev = rune(repl[0])
		return i + size
	}
	if !s.needNFC && !isInert(seg[i:i+size], r) {
		s.needNFC = true
	}
	if !uchar.IsInheritedMark(r) {
		s.prev = r // a combining mark goes with the letter before it
	}
	return i + size
}

// joiners handles the run of joiner-like and removable characters that
// starts at i, and returns the index after it. The run shares its
// neighbours, found once so that long runs stay linear: the joiner-like
// characters are kept only if a neighbour needs them.
func (s *charScan) joiners(i int) int {
	seg := s.src
	j := i
	for j < len(seg) {
		r, size := utf8.DecodeRune(seg[j:])
		if !uchar.IsJoinerLike(r) && !uchar.IsInvisible(r) {
			break
		}
		j += size
	}
	next := nextVisible(seg[j:])
	drop := !uchar.NeedsJoiner(s.prev) && !uchar.NeedsJoiner(next)
	for i < j {
		r, size := utf8.DecodeRune(seg[i:])
		if drop || uchar.IsInvisible(r) {
			s.replace(i, i+size, "")
		}
		i += size
	}
	return j
}

// lookAlike returns what replaces r, of size bytes at i: ASCII for
// Armenian punctuation outside Armenian text and for the one dot leader,
// and ASCII quotes for typographic ones when asked. It returns "" to keep
// r.
func (s *charScan) lookAlike(i int, r rune, size int) string {
	switch r {
	case '\u0589', '\u2024', '\u058A', '\u055D':
		if !s.armenianAt(i) {
			return uchar.PunctLookAlike(r, r == '\u0589' && atLineEnd(s.src[i+size:], s.final))
		}
	case '\u2018', '\u2019', '\u201A', '\u201B':
		if s.asciiQuotes {
			return "'"
		}
	case '\u201C', '\u201D', '\u201E', '\u201F':
		if s.asciiQuotes {
			return `"`
		}
	}
	return ""
}

// armenianAt reports whether the last letter before index i is Armenian.
// It scans back no further than the previous question, so the calls, made
// at increasing i, read the segment once.
func (s *charScan) armenianAt(i int) bool {
	for j := i; j > s.armPos; {
		r, size := utf8.DecodeLastRune(s.src[s.armPos:j])
		if unicode.IsLetter(r) {
			s.armVal = unicode.Is(unicode.Armenian, r)
			break
		}
		j -= size
	}
	s.armPos = i
	return s.armVal
}

// finish notes the Armenian context for the next segment and returns the
// results of cleanChars.
func (s *charScan) finish() ([]byte, []edit, bool) {
	seg := s.src
	// Armenian context carries over a cut inside a line, not over a line end.
	s.st.armenian = len(seg) > 0 && seg[len(seg)-1] != '\n' && s.armenianAt(len(seg))
	if len(s.edits) == 0 {
		return seg, nil, s.needNFC && !norm.NFC.IsNormal(seg)
	}
	out := s.result()
	return out, s.edits, s.needNFC && !norm.NFC.IsNormal(out)
}

// spaces handles the run of spaces (and the invisible characters among
// them) that starts at i, and returns the index after it. Leading and
// trailing runs are removed; other runs become one space.
func (c *cleaner) spaces(i int, st *segState, final bool) int {
	seg := c.src
	j := i
	for j < len(seg) {
		r, size := utf8.DecodeRune(seg[j:])
		if !uchar.IsSpace(r) && !uchar.IsInvisible(r) && !uchar.IsJoinerLike(r) {
			break
		}
		j += size
	}
	switch {
	case !st.midLine || atLineEnd(seg[j:], final):
		c.replace(i, j, "")
	case seg[i] == ' ':
		if j > i+1 {
			c.replace(i+1, j, "")
		}
	default:
		c.replace(i, j, " ")
	}
	return j
}

// atLineEnd reports whether rest, the text after some point, holds only
// spaces before the end of the line.
func atLineEnd(rest []byte, final bool) bool {
	for len(rest) > 0 {
		r, size := utf8.DecodeRune(rest)
		switch {
		case r == '\n' || r == '\r':
			return true
		case uchar.IsSpace(r) || uchar.IsInvisible(r) || uchar.IsJoinerLike(r):
			rest = rest[size:]
		default:
			return false
		}
	}
	return final
}

// nextVisible returns the first rune of rest that is not a joiner-like or
// removable character, or -1.
func nextVisible(rest []byte) rune {
	for len(rest) > 0 {
		r, size := utf8.DecodeRune(rest)
		if !uchar.IsJoinerLike(r) && !uchar.IsInvisible(r) {
			return r
		}
		rest = rest[size:]
	}
	return -1
}

// nfc composes the text to NFC, one normalisation segment at a time, so
// that each change can be recorded where it happened.
func nfc(t []byte) ([]byte, []edit) {
	var out []byte
	var edits []edit
	done := 0
	for gs, ge := range uchar.NFCSpans(t) {
		if out == nil {
			out = make([]byte, 0, len(t)+8)
		}
		out = append(out, t[done:gs]...)
		ns := len(out)
		out = norm.NFC.Append(out, t[gs:ge]...)
		edits = append(edits, edit{os: gs, oe: ge, ns: ns, ne: len(out), layer: idUnicode})
		done = ge
	}
	if out == nil {
		return t, nil
	}
	return append(out, t[done:]...), edits
}
