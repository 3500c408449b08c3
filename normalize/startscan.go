package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// This file is the name scan: it finds, eight bytes at a time, the few
// bytes where a name may start, and looks only at those.
//
// A name starts at a word start, and English writes names with a capital
// first letter: a name is matched where the text starts it with an ASCII
// capital or with a letter outside ASCII that is not lower case (see
// lowerStart), and at a word that starts with a lower-case letter or a
// digit only if some gazetteer row spells the name so (the built-in
// gazetteer has none). So in ASCII text the scan stops only at a capital
// that follows a byte that is not an ASCII letter or digit, and at the
// first byte of each rune outside ASCII; there it checks what the byte
// loop of scanEveryStart would have known (the rune before is not part of
// a word), and the filters before a trie walk (start, quads, heads).
//
// A whole text on the one-pass path takes its name starts from a bitmap
// instead (textLanes.scan, lanes.go), made with its stops in one read;
// the scan here serves a line after its clean-up, texts longer than a
// segment, automata with lower-case keys, and every text where there is
// no bitmap (without the assembly: bitLanes).

// lowerStart reports whether a word that starts with r is written in lower
// case for the scan: r is a lower-case letter or a digit. A name is
// matched at such a word only if a gazetteer row spells it so (the
// automaton's lower).
func lowerStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// startLanes returns the high bit of each of the eight bytes of x
// (little-endian) where a name may start, before the byte before is
// looked at: an ASCII byte from 0x40 to 0x5F (the capitals, and @ [ \ ] ^
// _, which start no key, so that the start table turns them down), the
// first byte of a rune outside ASCII (0xC0 and up), and with lower set to
// lanes80 any ASCII letter or digit. The first two are the bytes whose bit
// 6 is set and whose bit 7 is set or bit 5 clear: each byte's bits read
// in place, shifted to its bit 7. The letters and digits are range tests
// that add to each byte's low seven bits, which cannot carry into the next
// byte.
func startLanes(x, lower uint64) uint64 {
	start := x << 1 & (x | ^(x << 2)) & lanes80
	if lower != 0 {
		y := x & lanes7F
		z := y | lanes1*0x20
		digit := (y + lanes1*(0x80-'0')) &^ (y + lanes1*(0x7F-'9'))
		letter := (z + lanes1*(0x80-'a')) &^ (z + lanes1*(0x7F-'z'))
		start |= (digit | letter) &^ x & lanes80
	}
	return start
}

// scan appends to ms every leftmost-longest match in t: it tries each
// byte that nextStart finds and that no match before it covers (startAt).
func (a *automaton) scan(t []byte, ms []match) []match {
	var lower uint64
	if a.lower != nil {
		lower = lanes80
	}
	for i := 0; ; {
		p := a.nextStart(t, i, lower)
		if p >= len(t) {
			return ms
		}
		end, e, ok := a.startAt(t, p)
		if !ok {
			i = p + 1
			continue
		}
		ms = append(ms, match{start: p, end: end, entry: e})
		i = end
	}
}

// nextStart returns the first byte at or after t[i] that startLanes picks,
// whose byte before is not an ASCII letter or digit, and, if it is ASCII,
// that passes the filters on a word's first bytes (the start table, and
// the quads unless its first byte starts a short key), or len(t). It reads
// eight bytes at a time (the last step reads past the end as zero bytes,
// which startLanes never picks) and calls nothing, so that its loop keeps
// its values in registers.
func (a *automaton) nextStart(t []byte, i int, lower uint64) int {
	for i < len(t) {
		var x uint64
		if i+8 <= len(t) {
			x = binary.LittleEndian.Uint64(t[i : i+8])
		} else {
			for k, c := range t[i:] {
				x |= uint64(c) << (8 * (k & 7))
			}
		}
		for c := startLanes(x, lower); c != 0; c &= c - 1 {
			p := i + bits.TrailingZeros64(c)>>3
			if p > 0 && wordFold[t[p-1]] != 0 {
				continue // inside a word
			}
			if b := t[p]; b < utf8.RuneSelf {
				au := a
				if b-'A' >= 26 && a.start[b] { // a lower-case letter or a digit, picked only when a.lower is set
					au = a.lower
				}
				if !au.start[b] || p+4 <= len(t) && !au.short[b] && au.quadOut(binary.LittleEndian.Uint32(t[p:])) {
					continue
				}
			} else if !a.lead[b] && (a.lower == nil || !a.lower.lead[b]) {
				continue // a rune that starts no key (see lead)
			}
			return p
		}
		i += 8
	}
	return len(t)
}

// startAt returns the longest match that starts at t[p], a byte that
// nextStart returned, if t[p] starts a word there: the rune before it is
// not part of a word.
func (a *automaton) startAt(t []byte, p int) (end, entry int, ok bool) {
	b := t[p]
	if b >= utf8.RuneSelf {
		if punctStart(t[p:]) {
			return 0, 0, false
		}
		r, _ := utf8.DecodeRune(t[p:])
		if !isWordRune(r) || !wordStartAt(t, p) {
			return 0, 0, false
		}
		if lowerStart(r) {
			if a.lower == nil {
				return 0, 0, false
			}
			return a.lower.longestAt(t, p)
		}
		return a.longestAt(t, p)
	}
	au := a
	if b-'A' >= 26 { // a lower-case letter or a digit: a.lower is set
		au = a.lower
	}
	// wordStartAt, which the byte before passes unless it is outside
	// ASCII or a blocker (most often it is a space).
	if p > 0 {
		if c := t[p-1]; (c >= utf8.RuneSelf || asciiKind[c] != kindSep) && !wordStartAt(t, p) {
			return 0, 0, false
		}
	}
	// nextStart has applied the filters on the first bytes. The trie is
	// walked from the root only if a byte outside ASCII follows the word
	// (its head would go on past it); otherwise the word must be a key's
	// head (the bitset, then the table of heads), and a walk, unless it is
	// a whole-word key, goes on from the node after the head. The word is
	// read here as headAt reads it, eight bytes at a time, and by headAt
	// itself only where fewer than eight bytes are left: on most words the
	// call cost more than the reading.
	j, h := p, uint64(0)
	var lead uint64 // the word's first eight bytes folded, when it has more
	for {
		if j+8 > len(t) {
			j, h = headAt(t, p)
			break
		}
		folded, word := wordLanes(binary.LittleEndian.Uint64(t[j:]))
		if other := ^word & lanes80; other != 0 {
			n := bits.TrailingZeros64(other) &^ 7 // bits of word bytes
			j, h = j+n>>3, (h^folded&(1<<(n&63)-1))*headMul
			break
		}
		if j == p {
			lead = folded
		}
		h = (h ^ folded) * headMul
		j += 8
	}
	if j < len(t) && t[j] >= utf8.RuneSelf {
		return au.longestAt(t, p)
	}
	if !au.mayHead(h) {
		return 0, 0, false
	}
	// keyHeadOf, whose first probe finds most heads of up to sixteen
	// bytes (without a table, it finds none).
	var kh *keyHead
	if tab := au.headTab; len(tab) > 0 {
		if w := &tab[h>>au.headShift]; w.h == h && len(w.head) == j-p && (j-p <= 8 || j-p <= 16 && lead == w.lead) {
			kh = w
		} else {
			kh = au.keyHeadOf(t[p:j], h)
		}
	}
	switch {
	case kh == nil:
		return 0, 0, false
	case kh.entry >= 0:
		// boundaryAfter(t, j), whose t[j] is ASCII and no word byte:
		// a blocker needs a look.
		if j == len(t) || asciiKind[t[j]] == kindSep || boundaryAfter(t, j) {
			return j, int(kh.entry), true
		}
		return 0, 0, false
	}
	return au.longestFrom(t, j, kh.node)
}

// wordStartAt reports whether the rune before t[p] leaves t[p] at a word
// start as the byte loop of scanEveryStart reads it: there is none, or it
// is a separator, not a word rune nor a blocker; a full stop blocks only
// right after a word rune (a domain name).
func wordStartAt(t []byte, p int) bool {
	if p == 0 {
		return true
	}
	c := t[p-1]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRune(t[:p])
		return !isWordRune(r)
	}
	switch asciiKind[c] {
	case kindWord:
		return false
	case kindBlock:
		return c == '.' && !wordBefore(t, p-1)
	}
	return true
}

// wordBefore reports whether the rune that ends at t[p] (before p) is a
// word rune.
func wordBefore(t []byte, p int) bool {
	if p == 0 {
		return false
	}
	if c := t[p-1]; c < utf8.RuneSelf {
		return asciiKind[c] == kindWord
	}
	r, _ := utf8.DecodeLastRune(t[:p])
	return isWordRune(r)
}

// punctStart reports whether t starts with a mark of U+2000 to U+203F
// (odd spaces, dashes, quotes, bullets: generalPunct), no word rune, so
// that no name starts at it: the scan meets typographic quotes and dashes
// before words often, and need not decode them.
func punctStart(t []byte) bool {
	return len(t) >= 2 && t[0] == 0xE2 && t[1] == 0x80
}
