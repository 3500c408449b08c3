package clean

import "math/bits"

// sentenceStarts looks for the next full stop, "!", "?" or "…" eight bytes
// at a time: testing a byte at a time against sentenceEndByte took about
// eight instructions a byte, on every byte of a kept line's tail
// (cutPitchTail), and sentence ends are a byte in eighty or so.

// zeroBytes sets the top bit of each byte of x that is zero, and of no
// other: the low seven bits of a byte plus 0x7f carry into its top bit
// exactly when one of them is set, and never out of the byte.
func zeroBytes(x uint64) uint64 {
	return ^((x&^highs + ones*0x7f) | x | ones*0x7f)
}

// nextSentenceEndByte returns the index of the first byte of s from i on
// that sentenceEndByte marks ('.', '!', '?' and the first byte of "…",
// 0xE2), or len(s) when none is.
func nextSentenceEndByte(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := load8(s[i:])
		if m := zeroBytes(x^ones*'.') | zeroBytes(x^ones*'!') | zeroBytes(x^ones*'?') | zeroBytes(x^ones*0xE2); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !sentenceEndByte[s[i]] {
		i++
	}
	return i
}
