package dateparse

import "encoding/binary"

// digitLeads8 reports whether one of the eight bytes of s[i:i+8] is 0xD9
// to 0xE1, the bytes [digitLead] reads further: FoldDigits passes eight
// bytes at a time over the rest, which is ASCII and most other scripts'
// letters (Latin's accents, Greek, Cyrillic, Hebrew, Han, Hangul) with
// the bytes that continue them. Each byte is tested on its own: its seven
// low bits plus 0x80-0x59 carry into its high bit from 0x59 up, plus
// 0x80-0x62 from 0x62 up (neither sum runs into the next byte), and its
// own high bit must be set.
func digitLeads8(s string, i int) bool {
	const (
		ones  = 0x0101010101010101
		lows  = 0x7f7f7f7f7f7f7f7f
		highs = 0x8080808080808080
	)
	x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
	if x&highs == 0 {
		return false // eight ASCII bytes, most lines' all: one test
	}
	a := x & lows
	return (a+ones*(0x80-0x59))&^(a+ones*(0x80-0x62))&x&highs != 0
}
