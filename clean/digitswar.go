package clean

// digitByteIn is asked of most short lines many times a page (the date
// detectors' first test, the title traps', the byline readers'): it reads
// eight bytes at a time, as wordCount does (shapeswar.go), where a byte
// loop spent some four instructions a byte.

// digitBytes sets the top bit of each byte of x that is an ASCII digit.
// Each byte's low seven bits plus 0x80-lo carry into its top bit exactly
// when they are lo or more, and never out of the byte; a byte with its
// own top bit set is past ASCII and no digit.
func digitBytes(x uint64) uint64 {
	low := x &^ highs
	return (low + ones*(0x80-'0')) &^ (low + ones*(0x80-'9'-1)) &^ x & highs
}

// digitByteIn reports whether s holds an ASCII digit.
func digitByteIn(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if digitBytes(load8(s[i:])) != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return true
		}
	}
	return false
}
