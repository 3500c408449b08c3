package normalize

import (
	"encoding/binary"
	"math/bits"
)

// This file reads ASCII words eight bytes at a time for the matcher's
// filter of key heads: a word's head key is its first eight bytes (fewer
// for a shorter word), folded, packed into one integer.

// alnumMask returns, for the eight bytes of w (read little-endian), the top
// bit of every byte that is an ASCII letter or digit.
func alnumMask(w uint64) uint64 {
	// With the top bit of every byte set, subtracting a constant below
	// 0x80 cannot borrow from the next byte, and leaves the top bit set
	// exactly when the byte (without its top bit) is at least the constant.
	x := w | highBits
	l := x | 0x20*ones // letters in lower case
	letter := (l - 0x61*ones) &^ (l - 0x7B*ones)
	digit := (x - 0x30*ones) &^ (x - 0x3A*ones)
	return (letter | digit) & highBits &^ w
}

// keepBytes returns a mask of the low k bytes of a word, k <= 8.
func keepBytes(k int) uint64 {
	return 1<<(8*uint(k)) - 1 // for k == 8 the shift gives 0, so all ones
}

// headKey folds and packs b, at most eight ASCII letters and digits.
func headKey(b []byte) uint64 {
	var k uint64
	for i := 0; i < len(b) && i < 8; i++ {
		k |= uint64(asciiFold[b[i]]) << (8 * i)
	}
	return k
}

// wordAt returns the end of the ASCII word (letters and digits) that starts
// at t[i], an ASCII letter or digit, and its head key.
func wordAt(t []byte, i int) (end int, key uint64) {
	if i+8 > len(t) {
		j := i + 1
		for j < len(t) && asciiKind[t[j]] == kindWord {
			j++
		}
		return j, headKey(t[i:j])
	}
	w := binary.LittleEndian.Uint64(t[i:])
	k := bits.TrailingZeros64(^alnumMask(w)&highBits) >> 3
	key = (w | 0x20*ones) & keepBytes(k) // letters and digits fold by 0x20
	j := i + k
	if k < 8 {
		return j, key
	}
	for j+8 <= len(t) {
		k = bits.TrailingZeros64(^alnumMask(binary.LittleEndian.Uint64(t[j:]))&highBits) >> 3
		j += k
		if k < 8 {
			return j, key
		}
	}
	for j < len(t) && asciiKind[t[j]] == kindWord {
		j++
	}
	return j, key
}

// headSlot is the bit of the heads bitset for a head key.
func headSlot(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> (64 - 16) }

// mayHead reports whether a word with this head key may begin a key: an
// ASCII word followed by an ASCII byte or the end of the text starts a
// match only if it is the head of the key it matches.
func (a *automaton) mayHead(key uint64) bool {
	s := headSlot(key)
	return a.heads[s/64]&(1<<(s%64)) != 0
}

// addHead puts the head of k, a folded key, in the heads bitset.
func (a *automaton) addHead(k string) {
	n := 0
	for n < len(k) && asciiKind[k[n]] == kindWord {
		n++
	}
	if n == 0 {
		return // no ASCII word can start this key
	}
	s := headSlot(headKey([]byte(k[:n])))
	a.heads[s/64] |= 1 << (s % 64)
	if n > 1 {
		a.pairs.add(uint16(k[0]) | uint16(k[1])<<8)
		return
	}
	// A head of one byte: any byte after it.
	for y := 0; y < 256; y++ {
		a.pairs.add(uint16(k[0]) | uint16(y)<<8)
	}
}

// pairSet is a set of the first two bytes of key heads, read as a
// little-endian uint16 with the bits 0x20 of both bytes set (letters in
// lower case): a word that starts with a pair not in the set starts no key,
// whatever follows. It is the cheap test before the head key's.
type pairSet [1 << 16 / 64]uint64

func (p *pairSet) add(v uint16) { p[v/64] |= 1 << (v % 64) }

// has reports whether the two bytes at src[s] may start a key.
func (p *pairSet) has(src []byte, s int) bool {
	if s+1 >= len(src) {
		return true // one byte: left to the head key
	}
	v := (uint16(src[s]) | uint16(src[s+1])<<8) | 0x2020
	return p[v/64]&(1<<(v%64)) != 0
}
