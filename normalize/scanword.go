package normalize

import (
	"encoding/binary"
	"math/bits"
)

// This file reads an ASCII word for the scan eight bytes at a time: where
// the word ends, and the hash of its folded bytes that the heads bitset is
// keyed by.

// Eight-byte lane constants: each byte 0x01, each byte 0x7F, each high bit.
const (
	lanes1  = 0x0101010101010101
	lanes7F = 0x7F7F7F7F7F7F7F7F
	lanes80 = 0x8080808080808080
)

// headMul is the multiplier of the head hash (a 64-bit odd constant).
const headMul = 0x9E3779B97F4A7C15

// wordLanes returns, for the eight bytes of x (little-endian), their
// folded form (ASCII letters in lower case; digits are unchanged, as
// asciiFold has them) and a mask whose high bit is set in each byte place
// that holds an ASCII letter or digit (asciiKind's kindWord). Each range
// test adds to the low seven bits, which cannot carry into the next byte.
func wordLanes(x uint64) (folded, word uint64) {
	y := x & lanes7F
	z := y | lanes1*0x20 // letters folded; a digit has the bit already
	digit := (y + lanes1*(0x80-'0')) &^ (y + lanes1*(0x7F-'9'))
	letter := (z + lanes1*(0x80-'a')) &^ (z + lanes1*(0x7F-'z'))
	return z, (digit | letter) &^ x & lanes80
}

// headHashOf is the hash of a key's head (its folded bytes up to the
// first that is not an ASCII letter or digit): each full eight bytes,
// little-endian, then the rest (at most seven bytes, perhaps none) as one
// more value, each added and multiplied in turn. The scan computes the
// same value from the text (headAt, from startAt).
func headHashOf(head []byte) uint64 {
	h := uint64(0)
	for len(head) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(head)) * headMul
		head = head[8:]
	}
	var last uint64
	for k, c := range head {
		last |= uint64(c) << (8 * k)
	}
	return (h ^ last) * headMul
}

// headAt reads the ASCII word that starts at t[s] eight bytes at a time:
// it returns the word's end and the hash of its folded bytes (headHashOf).
func headAt(t []byte, s int) (end int, h uint64) {
	j := s
	for j+8 <= len(t) {
		folded, word := wordLanes(binary.LittleEndian.Uint64(t[j:]))
		if other := ^word & lanes80; other != 0 {
			n := bits.TrailingZeros64(other) &^ 7 // bits of word bytes
			return j + n>>3, (h ^ folded&(1<<(n&63)-1)) * headMul
		}
		h = (h ^ folded) * headMul
		j += 8
	}
	// fewer than eight bytes left
	var last uint64
	for k := 0; j < len(t); j, k = j+1, k+8 {
		fb := wordFold[t[j]]
		if fb == 0 {
			break
		}
		last |= uint64(fb) << (k & 63)
	}
	return j, (h ^ last) * headMul
}
