package dateparse

import "time"

// This file reads an English month's name from a word of ASCII bytes by
// integer compares: the word, its letters lowered, packed into a uint64
// and compared with the names packed alike. It gives what the loop of
// strings.EqualFold in monthFolded gives (TestMonthASCIIFolded): a byte
// c with c|0x20 equal to a lower-case letter is that letter in either case,
// so lowering every byte by c|0x20 matches no other byte.

// monthKeys holds, by a word's length, the packed names of that length
// (the first eight bytes of "september"; "sept" among those of four) with
// their months; monthKeys3 the three-letter abbreviations.
var monthKeys, monthKeys3 = func() (byLen [10][3]monthKey, three [12]uint64) {
	var n [10]int
	add := func(name string, m time.Month) {
		byLen[len(name)][n[len(name)]] = monthKey{packLower(name), m}
		n[len(name)]++
	}
	for i, name := range monthNames {
		three[i] = packLower(name[:3])
		if len(name) > 3 {
			add(name, time.Month(i+1))
		}
	}
	add("sept", time.September)
	return byLen, three
}()

// monthKey is a packed name and its month (0 in an unused place).
type monthKey struct {
	key uint64
	m   time.Month
}

// packLower packs the first eight bytes of s, each or'ed with 0x20 (a
// letter lowered), from the lowest byte.
func packLower(s string) uint64 {
	var k uint64
	for i := 0; i < len(s) && i < 8; i++ {
		k |= uint64(s[i]|0x20) << (8 * i)
	}
	return k
}

// monthASCII is MonthName for a word s of 3 to 9 bytes: ascii is false
// when s holds a byte beyond ASCII, which it leaves to monthFolded.
func monthASCII(s string) (m time.Month, ok, ascii bool) {
	var k, high uint64
	for i := 0; i < len(s) && i < 8; i++ {
		k |= uint64(s[i]|0x20) << (8 * i)
		high |= uint64(s[i])
	}
	if len(s) == 9 {
		high |= uint64(s[8])
	}
	if high >= 0x80 {
		return 0, false, false
	}
	if len(s) == 3 {
		for i, key := range monthKeys3 {
			if k == key {
				return time.Month(i + 1), true, true
			}
		}
		return 0, false, true
	}
	for _, e := range &monthKeys[len(s)] {
		if e.m != 0 && k == e.key && (len(s) < 9 || s[8]|0x20 == 'r') {
			return e.m, true, true
		}
	}
	return 0, false, true
}
