package normalize

import (
	"bytes"
	"encoding/binary"
	"math/bits"
)

// This file is the one-pass path of a Normalizer for a text no longer
// than a segment: the lines the clean-up would leave alone are found
// eight bytes at a time across line ends, each run of such lines is
// scanned for names at once, and only the lines that hold a match or
// something to clean are handled one by one. It gives what the
// line-by-line path of run gives (TestFastPathsAgree compares the two).

// runWhole is run for a text of at most one segment (so every segment is
// a line): the text is read once, into bitmaps (textLanes), from which
// the stops (plainTo), the lines' ends and the name starts of the runs of
// plain lines are found, and a plain line without a match costs nothing
// more. A run takes with it the lines whose only stops are their
// indentation (the bitmaps leave it out: see textLanes), each of which
// costs the removal of its indentation, and the clean-up's record of it,
// unless a live name on it makes it go through the name layers. A line
// with a stop takes the clean-up of the line-by-line path (cleanSegment,
// without segment's shortcuts, which find nothing there), which scans it
// after its clean-up, unless all it holds to clean is its indentation
// (indentOnly, which only the build without the bitmaps needs).
func (n *Normalizer) runWhole(s *scratch, src []byte, rec *recorder) (out []byte, changed bool) {
	copied := 0 // src[copied:pos] is unchanged and not yet in out
	// emit writes a changed line [ls, le), whose output is res.
	emit := func(ls, le int, res []byte) {
		if !changed {
			changed = true
			out = s.out[:0]
		}
		out = append(out, src[copied:ls]...)
		out = append(out, res...)
		copied = le
	}
	lanes := &s.lanes
	lanes.set(src)
	// The scan reads its starts from the bitmap, unless some key matches
	// a word in lower case (the bitmap has capitals only).
	bitScan := n.tab != nil && n.tab.auto.lower == nil
	stop := -1 // the first stop at or after pos, once found
	ind, ii := lanes.indents, 0
	for pos := 0; pos < len(src); {
		if stop < pos {
			stop = lanes.plainTo(src, pos, n.asciiQuotes)
		}
		// The lines from pos up to the one that holds stop are plain:
		// only their matches can change them.
		ls := len(src)
		if stop < len(src) {
			ls = lanes.lineStart(src, pos, stop)
		}
		if ls > pos+1 { // a run of one byte is an empty line
			var ms []match // the matches of the plain lines, from base
			if n.tab != nil {
				if bitScan {
					s.whole = lanes.scan(n.tab.auto, src, pos, ls, s.whole[:0])
				} else {
					s.whole = n.scan(src[pos:ls], s.whole[:0])
				}
				ms = s.whole
			}
			base := pos
			// The lines of the run whose indentation the stops leave out
			// (see textLanes): ip is the next one's start, or ls.
			for ii < len(ind) && int(ind[ii].start) < pos {
				ii++ // a line the clean-up read whole
			}
			ip := ls
			if ii < len(ind) {
				ip = min(int(ind[ii].start), ls)
			}
			for mi := 0; mi < len(ms) || ip < ls; {
				a := ls // the next match's line start (once an indented line may come before it)
				if mi < len(ms) {
					if a = base + ms[mi].start; ip < a {
						a = lanes.lineStart(src, pos, a)
					}
				}
				if ip < a {
					// The indented lines before it: each one's one change
					// is its indentation's removal, as indentOnly finds it.
					if !changed {
						changed, out = true, s.out[:0]
					}
					out, copied, ii = dropIndents(out, src, copied, ind, ii, a, rec)
					if ip = ls; ii < len(ind) {
						ip = min(int(ind[ii].start), ls)
					}
					if mi == len(ms) {
						break
					}
				}
				b := lanes.lineEnd(src, base+ms[mi].end)
				// A line whose matches are none of them live is left as
				// it is (see live): most lines with a name.
				live := false
				first := mi
				for ; mi < len(ms) && base+ms[mi].start < b; mi++ {
					// Every match's liveness is kept: names and
					// settled read it again on a live line.
					m := &ms[mi]
					m.alive = -1
					if n.tab.live(src[base+m.start:base+m.end], m.entry) {
						m.alive, live = 1, true
					}
				}
				if live {
					// The line [a, b), after its indentation of k bytes if
					// ip is its start.
					a, k := ip, 0
					if ip < b {
						k = int(ind[ii].end) - ip
						s.edits = append(s.edits[:0], edit{os: 0, oe: k, ns: 0, ne: 0, layer: idUnicode})
					} else {
						a = lanes.lineStart(src, pos, base+ms[first].start)
					}
					s.ms = s.ms[:0]
					for _, m := range ms[first:mi] {
						s.ms = append(s.ms, match{start: base + m.start - a - k, end: base + m.end - a - k, entry: m.entry, alive: m.alive})
					}
					rec.outBase = len(out) + a - copied
					if res, ch := n.nameSegment(s, src[a+k:b], s.edits[:min(k, 1)], true, a, rec); ch {
						emit(a, b, res)
					}
					if ip < b {
						ii++
					}
				} else if ip < b {
					if !changed {
						changed, out = true, s.out[:0]
					}
					out, copied, ii = dropIndents(out, src, copied, ind, ii, b, rec)
				}
				if ip < b {
					if ip = ls; ii < len(ind) {
						ip = min(int(ind[ii].start), ls)
					}
				}
				pos = b
			}
		}
		if ls == len(src) {
			break
		}
		le := lanes.lineEnd(src, stop)
		rec.outBase = len(out) + ls - copied
		var res []byte
		var ch bool
		if k, next := indentOnly(lanes, src, ls, stop, le, n.asciiQuotes); k > 0 {
			// The clean-up would only remove the indentation (see
			// indentedLine).
			stop = next
			if bitScan {
				s.ms = lanes.scan(n.tab.auto, src, ls+k, le, s.ms[:0])
			}
			if bitScan && !n.tab.anyLive(src[ls+k:le], s.ms) {
				// The names leave the line as it is (see live): its
				// one change is the indentation's, which nameSegment
				// would record so.
				if rec != nil {
					rec.add(ls, k, 0, 0, idUnicode)
				}
				res, ch = src[ls+k:le], true
			} else {
				s.edits = append(s.edits[:0], edit{os: 0, oe: k, ns: 0, ne: 0, layer: idUnicode})
				res, ch = n.nameSegment(s, src[ls+k:le], s.edits, bitScan, ls, rec)
			}
		} else {
			var st segState // every segment before ended with its line
			res, ch = n.cleanSegment(s, src[ls:le], &st, le == len(src), ls, rec)
		}
		if ch {
			emit(ls, le, res)
		}
		pos = le
	}
	if changed {
		out = append(out, src[copied:]...)
		s.keepOut(out)
	}
	return out, changed
}

// dropIndents appends to out, which holds src up to copied, the text up to
// each indentation ind[ii:] that starts before lim and records its
// removal; it returns out, the new copied and the index of the first
// indentation it left.
func dropIndents(out, src []byte, copied int, ind []indentation, ii, lim int, rec *recorder) ([]byte, int, int) {
	for ; ii < len(ind) && int(ind[ii].start) < lim; ii++ {
		p, e := int(ind[ii].start), int(ind[ii].end)
		out = append(out, src[copied:p]...)
		if rec != nil {
			rec.outBase = len(out)
			rec.add(p, e-p, 0, 0, idUnicode)
		}
		copied = e
	}
	return out, copied, ii
}

// lineStart returns the start of the line that holds src[at], lo being a
// line start at or before it: the index after the last line feed in
// src[lo:at], or lo. It looks back eight bytes at a time (the standard
// library's LastIndexByte reads one byte a step).
func lineStart(src []byte, lo, at int) int {
	for at-lo >= 8 {
		if lf := zeroBytes(binary.LittleEndian.Uint64(src[at-8:at]) ^ '\n'*ones); lf != 0 {
			return at - 8 + (63-bits.LeadingZeros64(lf))>>3 + 1
		}
		at -= 8
	}
	for at > lo && src[at-1] != '\n' {
		at--
	}
	return at
}

// lineEnd returns the end of the line that holds src[i]: the index after
// its line feed, or len(src).
func lineEnd(src []byte, i int) int {
	if k := bytes.IndexByte(src[i:], '\n'); k >= 0 {
		return i + k + 1
	}
	return len(src)
}

// indentOnly returns how many blanks open the line [ls, le) of src (whose
// bitmaps are lanes), whose
// first stop is stop, when removing them is all the clean-up would do to
// it (see indentedLine): the line ends with its line feed, its first stop
// is its first byte, a space or a tab, and after the blanks the line has
// no stop. Otherwise it returns 0. next is the first stop after the
// blanks, when it was looked for.
func indentOnly(lanes *textLanes, src []byte, ls, stop, le int, asciiQuotes bool) (k, next int) {
	if stop != ls || src[le-1] != '\n' {
		return 0, 0
	}
	k = blanks(src[ls:le])
	if k == 0 {
		return 0, 0
	}
	if next = lanes.plainTo(src, ls+k, asciiQuotes); next < le {
		return 0, next
	}
	return k, next
}

// blanks returns how many spaces and tabs t starts with, reading eight
// bytes at a time.
func blanks(t []byte) int {
	k := 0
	for ; k+8 <= len(t); k += 8 {
		x := binary.LittleEndian.Uint64(t[k:])
		if other := ^(zeroBytes(x^' '*ones) | zeroBytes(x^'\t'*ones)) & highBits; other != 0 {
			return k + bits.TrailingZeros64(other)>>3
		}
	}
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	return k
}

// plainTo returns the first stop in src at or after i, or len(src). A
// stop is a byte that may make the clean-up change its line: a byte
// outside ASCII, unless it starts a punctuation mark the clean-up passes
// (see inertPunct: quotes, dashes, ellipses); a control byte other than
// the line feed (a tab, a carriage return); white space (a space, a
// control byte) after white space or a line feed, or first in the text (a
// doubled or leading space, a space before a line end), but a line feed
// after a line feed or first (an empty line); a space last in the text. A
// line with no stop is one the clean-up leaves as it is (see plainLine),
// and which bytes are stops depends on src alone, not on i, a rune's
// start. It reads eight bytes at a time.
func plainTo(src []byte, i int, asciiQuotes bool) int {
	white := uint64(highBits >> 56) // the byte before src[i] is white space (or the text's start)
	if i > 0 && src[i-1] > ' ' {
		white = 0
	}
	for i+8 < len(src) { // the last byte is read alone
		stop, w := stopLanes(binary.LittleEndian.Uint64(src[i:i+8]), white)
		if stop == 0 {
			white = w >> 56
			i += 8
			continue
		}
		p := i + bits.TrailingZeros64(stop)>>3
		if n := inertPunct(src[p:], asciiQuotes); n > 0 {
			i, white = p+n, 0
			continue
		}
		if src[p] == '\n' && (p == 0 || src[p-1] == '\n') {
			i, white = p+1, highBits>>56 // an empty line
			continue
		}
		return p
	}
	return plainToBytewise(src, i, asciiQuotes)
}

// plainToBytewise is plainTo one byte at a time: plainTo's loop over the
// bytes its eight-byte steps leave, and the reference its tests hold it to
// from any start.
func plainToBytewise(src []byte, i int, asciiQuotes bool) int {
	for ; i < len(src); i++ {
		if n := inertPunct(src[i:], asciiQuotes); n > 0 {
			i += n - 1
			continue
		}
		if isStop(src, i) {
			return i
		}
	}
	return i
}

// stopLanes returns the high bit of each of the eight bytes of x
// (little-endian) that is a stop or outside ASCII (see plainTo), and the
// high bit of each that is ASCII white space; white is 0x80 when the byte
// before them is white space. Only the bytes under 0x21 need more than a
// subtraction: those under 0x20 are control bytes, stops unless they are
// line feeds.
func stopLanes(x, white uint64) (stop, w uint64) {
	hx := x | highBits
	w = ^((hx - 0x21*ones) | x) & highBits
	stop = (x | w&(w<<8|white)) & highBits
	if ctl := ^((hx - 0x20*ones) | x) & highBits; ctl != 0 {
		stop |= ctl &^ zeroBytes(x^'\n'*ones)
	}
	return stop, w
}

// inertPunct returns the length of the punctuation mark that t starts
// with, if it is one the clean-up passes without a change and NFC leaves
// as it is, whatever surrounds it (see isInert), or 0: a mark of the
// General Punctuation block (U+2010 to U+205E: dashes, quotes, bullets,
// ellipses, primes) that is not a space, a joiner or direction mark, nor
// the one dot leader; typographic quotes only when they are kept (not
// asciiQuotes). It reads the three bytes of the mark's UTF-8 form.
func inertPunct(t []byte, asciiQuotes bool) int {
	if len(t) < 3 || t[0] != 0xE2 || t[1]&^1 != 0x80 || t[2]&0xC0 != 0x80 {
		return 0
	}
	r := rune(t[1]&0x3F)<<6 | rune(t[2]&0x3F) | 0x2000
	switch {
	case r < 0x2010 || r > 0x205E, r == 0x2024, 0x2028 <= r && r <= 0x202F:
		return 0
	case asciiQuotes && 0x2018 <= r && r <= 0x201F:
		return 0
	}
	return 3
}

// isStop reports whether src[i] is a stop (see plainTo), byte by byte.
func isStop(src []byte, i int) bool {
	c := src[i]
	switch {
	case c >= 0x80, c < ' ' && c != '\n':
		return true
	case c == '\n':
		return i > 0 && src[i-1] != '\n' && src[i-1] <= ' '
	case c == ' ':
		return i == 0 || src[i-1] <= ' ' || i+1 == len(src)
	}
	return false
}

// zeroBytes returns the high bit of each byte of v that is zero (adding
// 0x7F to a byte's low seven bits cannot carry into the next byte).
func zeroBytes(v uint64) uint64 {
	return ^((v&(0x7F*ones) + 0x7F*ones) | v) & highBits
}
