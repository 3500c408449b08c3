package uchar

import "encoding/binary"

// highBits is the high bit of each of eight bytes: a byte with its bit set
// is past ASCII.
const highBits = 0x8080808080808080

// ASCIIPrefix returns the length of the run of ASCII bytes (below 0x80)
// that opens s: len(s) when s is all ASCII. It reads eight bytes at a
// time, as most lines are ASCII, and is the house's one copy of that
// test: detectors use it to skip to the first byte that may open a rune
// of another script.
func ASCIIPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64([]byte(s[i:i+8]))&highBits != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return i
		}
	}
	return i
}

// IsASCII reports whether every byte of s is ASCII (true for "").
func IsASCII(s string) bool { return ASCIIPrefix(s) == len(s) }
