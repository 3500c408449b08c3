package clean

import "math/bits"

// Word counts eight ASCII bytes at a time. Lines are mostly ASCII, and
// wordCount and hasWords, which read every byte of most blocks, spent
// about fifteen instructions a byte testing one at a time.

// The masks ones (ones*b repeats byte b eight times) and highs (the top
// bit of each of eight bytes: eight ASCII bytes have none of them) are
// untidyAt's, in tidy.go.

// load8 reads the first eight bytes of s as a little-endian word (the
// compiler makes one load of it); s must hold eight bytes.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// asciiWordBytes sets the top bit of each byte of x (eight ASCII bytes)
// that asciiWord marks: a letter (its lower case, l = c|0x20, in a to z) or
// a digit. Adding 0x80-lo to an ASCII byte carries into its top bit exactly
// when it is lo or more, and never out of the byte: a byte in lo to hi is
// one that carries for lo and not for hi+1.
func asciiWordBytes(x uint64) uint64 {
	l := x | ones*0x20
	return ((l+ones*(0x80-'a'))&^(l+ones*(0x80-'z'-1)) | (x+ones*(0x80-'0'))&^(x+ones*(0x80-'9'-1))) & highs
}

// asciiWordStarts counts the words that start in x (eight ASCII bytes, the
// first in the low byte): the word bytes whose previous byte is not one,
// the byte before x in a word when in. It returns the count and whether
// x's last byte is in a word.
func asciiWordStarts(x uint64, in bool) (int, bool) {
	w := asciiWordBytes(x)
	prev := w<<8 | uint64(b2u(in))<<7
	return bits.OnesCount64(w &^ prev), w>>63 != 0
}

// b2u is 1 for true, 0 for false.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}
