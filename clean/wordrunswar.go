package clean

import "math/bits"

// moreWordsThan reads eight ASCII bytes at a time where it can: it runs
// on every sentence of a line's tail (pitchStart) and on teaser and
// pointer lines, and spent about sixteen instructions a byte reading one
// rune at a time. A word there is a run of bytes between white space, not
// wordCount's run of letters and digits.

// asciiSpaceBytes sets the top bit of each byte of x (eight ASCII bytes)
// that is white space: a space, or a tab to a carriage return (9 to 13),
// the ASCII runes unicode.IsSpace holds. A space is a zero byte of
// x^ones*' ', and adding 0x7f to an ASCII byte carries into its top bit
// exactly when it is not zero; the range is tested as asciiWordBytes'.
func asciiSpaceBytes(x uint64) uint64 {
	y := x ^ ones*' '
	return (^(y + ones*0x7f) | (x+ones*(0x80-'\t'))&^(x+ones*(0x80-'\r'-1))) & highs
}

// asciiRunStarts counts the runs of bytes other than white space that
// start in x (eight ASCII bytes, the first in the low byte), the byte
// before x in a run when in. It returns the count and whether x's last
// byte is in a run.
func asciiRunStarts(x uint64, in bool) (int, bool) {
	w := highs &^ asciiSpaceBytes(x)
	prev := w<<8 | uint64(b2u(in))<<7
	return bits.OnesCount64(w &^ prev), w>>63 != 0
}
