package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// This file is the name scan that skips text it need not read, in the
// manner of Horspool and Wu-Manber: a window as long as the shortest key
// slides over the ASCII stretches of a text, and the three bytes at its
// end say how far it may move on before a key could fit in it. Where the
// three could end a key's first bytes, the window's first four are
// checked against the keys' (quadOut), and only then is the trie walked
// from the window's start, if a word starts there. A start whose key
// would reach past the ASCII stretch (a non-ASCII letter such as the ğ of
// Qarabağ, folded to g) is read rune by rune, as scanEveryStart reads
// every start.

// skipWidth is the number of bytes a shift is looked up by: the three
// that end a window.
const skipWidth = 3

// skipBits is the size of the shift table in bits of the hash: 16 KB.
const skipBits = 14

// skipTable holds the shifts of the skip scan. Its shift is indexed by
// the hash of the three ASCII bytes that end a window (skipHash), and
// holds how far the window may move on without passing the start of a
// key: 0 when some key's first minLen folded bytes may end with those
// three, else the least distance from where they stand in such a prefix
// to its end, at most minLen-skipWidth+1. Bytes whose hashes collide share
// the least shift, so a collision costs a look, never a match.
type skipTable struct {
	minLen int // bytes of the shortest key; 0: no skip scan
	shift  [1 << skipBits]uint8
}

// skipHash is the slot of the three bytes v (little-endian, the last in
// bits 16-23): ASCII letters are read in lower case (| 0x20, which moves
// some other bytes too, alike for keys and text), then hashed.
func skipHash(v uint32) uint32 {
	return ((v | 0x202020) & 0xFFFFFF) * 0x9E3779B1 >> (32 - skipBits)
}

// skipTo returns the end of the first window from p on (p itself, or
// later) that the table gives no shift, or len(w) or more when there is
// none. Every byte of w is ASCII, and p >= 2.
func (sk *skipTable) skipTo(w []byte, p int) int {
	for p < len(w) && p >= 2 {
		d := sk.shift[skipHash(uint32(w[p-2])|uint32(w[p-1])<<8|uint32(w[p])<<16)]
		if d == 0 {
			break
		}
		p += int(d)
	}
	return p
}

// setSkip builds the skip table for keys: from each key's first minLen
// folded bytes, every three it holds, as each ASCII text that folds to
// them reads (either case of a letter; ' or ` for an apostrophe).
func (a *automaton) setSkip(keys []string) {
	if len(keys) == 0 {
		return
	}
	m := len(keys[0])
	for _, k := range keys {
		m = min(m, len(k))
	}
	if m < 4 || m > 255 {
		return // the window must hold the four bytes skipTo reads
	}
	sk := &a.skip
	sk.minLen = m
	for i := range sk.shift {
		sk.shift[i] = uint8(m - skipWidth + 1)
	}
	for _, k := range keys {
		for q := skipWidth - 1; q < m; q++ {
			d := uint8(m - 1 - q)
			for _, v := range textForms(k[q-skipWidth+1 : q+1]) {
				h := skipHash(v)
				sk.shift[h] = min(sk.shift[h], d)
			}
		}
	}
}

// textForms returns the three bytes of folded as each ASCII text that
// folds to them reads, little-endian, or none when one is not ASCII (no
// ASCII text folds to it). Letters need no second form: skipHash reads
// them in lower case.
func textForms(folded string) []uint32 {
	forms := []uint32{0}
	for j := range skipWidth {
		c := folded[j]
		if c >= utf8.RuneSelf {
			return nil
		}
		n := len(forms)
		for f := range n {
			if c == '\'' {
				forms = append(forms, forms[f]|'`'<<(8*j))
			}
			forms[f] |= uint32(c) << (8 * j)
		}
	}
	return forms
}

// skipScan appends to ms every leftmost-longest match in t, as
// scanEveryStart does (TestSkipScanAgrees, FuzzSkipScan). The ASCII
// stretches are skipped through (skipRun); the starts within minLen-1
// bytes before a byte outside ASCII, and those among such bytes, are
// read one rune at a time (exactRun). minLen must be 4 or more.
func (a *automaton) skipScan(t []byte, ms []match) []match {
	m := a.skip.minLen
	i := 0 // every start before i has been considered
	for i < len(t) {
		b := i + asciiLen(t[i:])
		if b-i >= m {
			ms, i = a.skipRun(t, i, b, ms)
			if i > b {
				continue
			}
		}
		if b == len(t) {
			// The starts left have fewer than m bytes, all ASCII, to
			// the end: no key fits.
			break
		}
		c := b
		for c < len(t) && t[c] >= utf8.RuneSelf {
			c++
		}
		ms, i = a.exactRun(t, i, c, ms)
	}
	return ms
}

// skipRun considers the starts [i, b-minLen] of t, whose first minLen
// bytes are ASCII (t[i:b] is), and returns the first start it has not
// considered: a shift of the last window may pass b, as no key starts in
// the starts it passes (their bytes up to the window's end are ASCII, so
// folded and raw places agree).
func (a *automaton) skipRun(t []byte, i, b int, ms []match) ([]match, int) {
	m := a.skip.minLen
	w := t[:b]
	p := i + m - 1
	for {
		if p = a.skip.skipTo(w, p); p >= b {
			break
		}
		s := p - m + 1
		// a key may end its first minLen bytes here: the first four
		// must start one (quadOut), at a word start
		if !a.quadOut(binary.LittleEndian.Uint32(t[s:])) && asciiKind[t[s]] == kindWord && kindBefore(t, s) == kindSep {
			if end, e, ok := a.longestAt(t, s); ok {
				ms = append(ms, match{start: s, end: end, entry: e})
				p = end + m - 1
				continue
			}
		}
		p++
	}
	return ms, p - m + 1
}

// exactRun considers the starts [i, c) of t one rune at a time, and
// returns the first start it has not considered (c, or the end of a
// match past c).
func (a *automaton) exactRun(t []byte, i, c int, ms []match) ([]match, int) {
	prev := kindBefore(t, i)
	for i < c {
		r, size := rune(t[i]), 1
		if t[i] >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(t[i:])
		}
		kind := kindSep
		switch {
		case r < utf8.RuneSelf && asciiKind[r] == kindBlock && (r != '.' || prev == kindWord):
			kind = kindBlock
		case r < utf8.RuneSelf && asciiKind[r] == kindWord, r >= utf8.RuneSelf && isWordRune(r):
			kind = kindWord
		}
		if kind == kindWord && prev == kindSep {
			if end, e, ok := a.longestAt(t, i); ok {
				ms = append(ms, match{start: i, end: end, entry: e})
				i, prev = end, kindWord
				continue
			}
		}
		prev = kind
		i += size
	}
	return ms, i
}

// asciiLen returns the number of ASCII bytes t starts with, reading
// sixteen or eight bytes at a time.
func asciiLen(t []byte) int {
	i := 0
	for ; i+16 <= len(t); i += 16 { // sixteen at a time while none is outside
		if (binary.LittleEndian.Uint64(t[i:])|binary.LittleEndian.Uint64(t[i+8:]))&lanes80 != 0 {
			break
		}
	}
	for ; i+8 <= len(t); i += 8 {
		if x := binary.LittleEndian.Uint64(t[i:]) & lanes80; x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
	}
	for i < len(t) && t[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// kindBefore returns the kind of the rune before t[i] as the scan sees it:
// kindSep at the start; a full stop blocks only right after a word rune.
func kindBefore(t []byte, i int) int {
	if i == 0 {
		return kindSep
	}
	c := t[i-1]
	if c >= utf8.RuneSelf {
		if wordRuneBefore(t, i) {
			return kindWord
		}
		return kindSep
	}
	if c == '.' && !wordRuneBefore(t, i-1) {
		return kindSep
	}
	return int(asciiKind[c])
}

// wordRuneBefore reports whether the rune before t[i] is a word rune.
func wordRuneBefore(t []byte, i int) bool {
	if i == 0 {
		return false
	}
	if c := t[i-1]; c < utf8.RuneSelf {
		return asciiKind[c] == kindWord
	}
	r, _ := utf8.DecodeLastRune(t[:i])
	return isWordRune(r)
}
