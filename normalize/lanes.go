package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// This file is the one read of a whole text that the one-pass path
// (runWhole) takes its stops and its candidate name starts from: two
// bitmaps, one bit a byte, made sixteen or thirty-two bytes at a time by
// the assembly of lanes_amd64.s. The clean-up's stops (plainTo) and the name scan's starts
// (nextStart) were two walks over the same bytes, each of them most of
// the normaliser's instructions; the bitmaps are walked a word of 64
// bytes at a time, and only their set bits are looked at. Without the
// assembly (other processors, or the purego build tag) bitLanes is false:
// set makes no bitmap and each method is the eight-byte scan it stands
// for (see lanes_other.go).

// textLanes holds the bitmaps of one text: bit i%64 of word i/64 is set
// where src[i] may be a stop, where a name may start, and where it is a
// line feed (stopBit and startBit, in the tests, say it byte by byte).
// The stops leave out a line's indentation (its leading spaces and tabs)
// where the line ends with a line feed: indents holds the starts of those
// lines, in order, and a run of plain lines (see runWhole) takes them
// with it, each line's one clean-up its indentation's removal.
type textLanes struct {
	stops, starts, lfs []uint64
	indents            []indentation
}

// indentation is a line's leading spaces and tabs, src[start:end].
type indentation struct{ start, end int32 }

// set fills l for src: classifyBlocks over the whole sixteen-byte blocks
// after the first, and the first and last blocks from a copy with the
// byte before them and zeros after (the zeros' bits are cleared after),
// then the stop bits of empty lines' line feeds cleared, a word at a time
// (the classifier sets them, as white space after white space; plainTo
// passed over each of them, one at a time, and news text has an empty
// line between most paragraphs), and those of the indentation of lines
// that end with a line feed (see indent); nothing without bitLanes.
func (l *textLanes) set(src []byte) {
	if bitLanes {
		l.setWith(src, classifyText)
	}
}

// setWith is set with the classifier given (the tests give each).
func (l *textLanes) setWith(src []byte, classify func(src []byte, stops, starts, lfs []uint64)) {
	words := (len(src) + 63) / 64
	if cap(l.stops) < words {
		l.stops = make([]uint64, words, words+words/4)
		l.starts = make([]uint64, words, words+words/4)
		l.lfs = make([]uint64, words, words+words/4)
	}
	l.stops, l.starts, l.lfs = l.stops[:words], l.starts[:words], l.lfs[:words]
	if words == 0 {
		return
	}
	classify(src, l.stops, l.starts, l.lfs)
	if r := len(src) % 64; r != 0 {
		l.stops[words-1] &= 1<<r - 1
		l.starts[words-1] &= 1<<r - 1
	}
	if src[len(src)-1] == ' ' {
		l.stops[words-1] |= 1 << ((len(src) - 1) % 64)
	}
	lfs := l.lfs
	stops := l.stops[:len(lfs)]
	l.indents = l.indents[:0]
	carry := uint64(1) // the text's start reads as after a line end
	for k := 0; k < len(lfs); k++ {
		lf := lfs[k]
		at := lf<<1 | carry // the line starts
		st := stops[k] &^ (lf & at)
		stops[k] = st
		carry = lf >> 63
		if st&at != 0 {
			l.indent(src, k, st&at)
		}
	}
	if n := len(l.indents); n > 0 && src[len(src)-1] != '\n' {
		// The last line has no line feed: the clean-up reads its
		// indentation with the rest of it (see indentOnly).
		if in := l.indents[n-1]; nextBit(l.lfs, int(in.start), len(src)) == len(src) {
			setBits(l.stops, int(in.start), int(in.end))
			l.indents = l.indents[:n-1]
		}
	}
}

// indent takes the indentation out of the stops at the line starts c of
// word k whose stop bit is set (a line that starts with a stop): where
// the line starts with a space or a tab, the bits of its leading spaces
// and tabs (all of them stops: white space after white space or a line
// feed, or a tab) are cleared, and the line's start is added to indents.
// Whatever else the line holds keeps its stops: a line with one is read
// by the clean-up whole, indentation and all, as before.
func (l *textLanes) indent(src []byte, k int, c uint64) {
	for ; c != 0; c &= c - 1 {
		p := k<<6 + bits.TrailingZeros64(c)
		var e int
		if p+8 <= len(src) {
			// blanks, whose first eight bytes most often end the run
			x := binary.LittleEndian.Uint64(src[p:])
			other := ^(zeroBytes(x^' '*ones) | zeroBytes(x^'\t'*ones)) & highBits
			if other&0x80 != 0 {
				continue // no space or tab first
			}
			if other == 0 {
				e = p + 8 + blanks(src[p+8:])
			} else {
				e = p + bits.TrailingZeros64(other)>>3
			}
		} else if e = p + blanks(src[p:]); e == p {
			continue
		}
		if e-p < 64-p&63 {
			l.stops[k] &^= (1<<(e-p) - 1) << (p & 63)
		} else {
			clearBits(l.stops, p, e)
		}
		l.indents = append(l.indents, indentation{int32(p), int32(e)})
	}
}

// clearBits clears the bits i to j-1 of bm.
func clearBits(bm []uint64, i, j int) {
	for i < j {
		m := ^uint64(0) << (i & 63)
		if w := i>>6 + 1; w<<6 > j {
			m &= 1<<(j&63) - 1
		}
		bm[i>>6] &^= m
		i = (i>>6 + 1) << 6
	}
}

// setBits sets the bits i to j-1 of bm.
func setBits(bm []uint64, i, j int) {
	for i < j {
		m := ^uint64(0) << (i & 63)
		if w := i>>6 + 1; w<<6 > j {
			m &= 1<<(j&63) - 1
		}
		bm[i>>6] |= m
		i = (i>>6 + 1) << 6
	}
}

// nextBit returns the first set bit of bm at or after i, or end if there
// is none before end (end <= 64*len(bm)).
func nextBit(bm []uint64, i, end int) int {
	if i >= end {
		return end
	}
	w := i >> 6
	b := bm[w] &^ (1<<(i&63) - 1)
	for b == 0 {
		w++
		if w<<6 >= end {
			return end
		}
		b = bm[w]
	}
	return min(w<<6+bits.TrailingZeros64(b), end)
}

// lineEnd returns what lineEnd(src, i) returns, from the line feeds'
// bits: the index after the line feed at or after i, or len(src).
func (l *textLanes) lineEnd(src []byte, i int) int {
	if !bitLanes {
		return lineEnd(src, i)
	}
	if p := nextBit(l.lfs, i, len(src)); p < len(src) {
		return p + 1
	}
	return len(src)
}

// lineStart returns what lineStart(src, lo, at) returns, from the line
// feeds' bits: the index after the last line feed in src[lo:at], or lo.
func (l *textLanes) lineStart(src []byte, lo, at int) int {
	if !bitLanes {
		return lineStart(src, lo, at)
	}
	if at <= lo {
		return lo
	}
	w := (at - 1) >> 6
	b := l.lfs[w] & (2<<((at-1)&63) - 1)
	for b == 0 {
		if w--; w < lo>>6 {
			return lo
		}
		b = l.lfs[w]
	}
	return max(w<<6+63-bits.LeadingZeros64(b)+1, lo)
}

// plainTo returns what plainTo(src, i, asciiQuotes) returns, from the
// stop bits of src.
func (l *textLanes) plainTo(src []byte, i int, asciiQuotes bool) int {
	if !bitLanes {
		return plainTo(src, i, asciiQuotes)
	}
	for {
		p := nextBit(l.stops, i, len(src))
		if p == len(src) {
			return p
		}
		if src[p] >= utf8.RuneSelf {
			if n := inertPunct(src[p:], asciiQuotes); n > 0 {
				i = p + n
				continue
			}
		}
		return p // an empty line's line feed has no stop bit (see set)
	}
}

// scan appends to ms what a.scan(src[lo:hi], ms) appends (offsets from
// lo), from the start bits of src; lo is 0 or follows a byte that is no
// ASCII letter or digit (a line start), and a.lower is nil.
func (l *textLanes) scan(a *automaton, src []byte, lo, hi int, ms []match) []match {
	if !bitLanes {
		return a.scan(src[lo:hi], ms)
	}
	t := src[lo:hi]
	for i := lo; ; {
		p := l.nextStart(a, src, i, hi)
		if p >= hi {
			return ms
		}
		end, e, ok := a.startAt(t, p-lo)
		if !ok {
			i = p + 1
			continue
		}
		ms = append(ms, match{start: p - lo, end: end, entry: e})
		i = lo + end
	}
}

// nextStart returns what a.nextStart returns (as an offset in src), for a
// text src[lo:hi] and an automaton without lower-case keys: the first
// start bit at or after i (whose byte before is not an ASCII letter or
// digit: src[lo-1] is none) that passes the filters on a word's first
// bytes and is not a mark that punctStart turns down, or hi.
func (l *textLanes) nextStart(a *automaton, src []byte, i, hi int) int {
	starts := l.starts
	for {
		if i >= hi {
			return hi
		}
		w := i >> 6
		b := starts[w] &^ (1<<(i&63) - 1)
		for b == 0 {
			w++
			if w<<6 >= hi {
				return hi
			}
			b = starts[w]
		}
		for ; b != 0; b &= b - 1 {
			p := w<<6 + bits.TrailingZeros64(b)
			if p >= hi {
				return hi
			}
			switch c := src[p]; a.first[c] {
			case firstNo:
				continue
			case firstQuad:
				if p+4 <= hi && a.quadOut(binary.LittleEndian.Uint32(src[p:p+4])) {
					continue
				}
			case firstYes:
				if c == 0xE2 && p+2 <= hi && src[p+1] == 0x80 {
					continue // a quote or a dash (punctStart): startAt turns it down
				}
			}
			return p
		}
		i = (w + 1) << 6
	}
}

// classifyTextSWAR is classifyText eight bytes at a time in Go, for
// machines without classifyBlocks (and held to it by the tests): the
// lanes of stopLanes and startLanes, each byte's high bit gathered into
// one bit of the bitmap.
func classifyTextSWAR(src []byte, stops, starts, lfs []uint64) {
	white := uint64(highBits >> 56) // the text's start reads as after a line end
	var word uint64                 // 0x80 when the byte before is an ASCII letter or digit
	for i := 0; i < len(src); i += 8 {
		var x uint64
		if i+8 <= len(src) {
			x = binary.LittleEndian.Uint64(src[i:])
		} else {
			for k, c := range src[i:] {
				x |= uint64(c) << (8 * (k & 7))
			}
		}
		stop, w := stopLanes(x, white)
		white = w >> 56
		sh := uint(i & 63)
		if sh == 0 {
			stops[i>>6], starts[i>>6], lfs[i>>6] = 0, 0, 0
		}
		stops[i>>6] |= gather8(stop) << sh
		_, w8 := wordLanes(x)
		starts[i>>6] |= gather8(startLanes(x, 0)&^(w8<<8|word)) << sh
		word = w8 >> 56
		lfs[i>>6] |= gather8(zeroBytes(x^'\n'*ones)) << sh
	}
}

// gather8 returns the high bits of the eight bytes of m (little-endian)
// as the eight bits of one byte: moved to each byte's low bit, one
// multiplication adds them, each shifted to its place, into the top byte.
func gather8(m uint64) uint64 {
	return (m >> 7 & lanes1) * 0x0102040810204080 >> 56
}
