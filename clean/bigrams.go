package clean

import (
	"encoding/binary"
	"sync"
)

// bigrams is the set of byte pairs that occur in a page: a cheap, one-pass
// index that tells, before any substring search, that a pattern's required
// literal cannot be in the page. With many rules most literals are absent,
// and each is then rejected with a few bit tests instead of a scan.
type bigrams [1 << 16 / 64]uint64

var bigramPool = sync.Pool{New: func() any { return new(bigrams) }}

// index records the byte pairs of s (after clearing the set).
func (b *bigrams) index(s string) {
	*b = bigrams{}
	if len(s) < 2 {
		return
	}
	// Each byte is read once, eight at a time where it can be, and a
	// 16-bit key shifted by 6 is below len(b): the loops carry no bounds
	// checks.
	prev := uint16(s[0])
	i := 1
	for ; i+8 <= len(s); i += 8 {
		// big-endian: the pair at bytes j, j+1 is the 16 bits at 48-8j
		w := binary.BigEndian.Uint64([]byte(s[i : i+8]))
		b.add(prev<<8 | uint16(w>>56))
		b.add(uint16(w >> 48))
		b.add(uint16(w >> 40))
		b.add(uint16(w >> 32))
		b.add(uint16(w >> 24))
		b.add(uint16(w >> 16))
		b.add(uint16(w >> 8))
		b.add(uint16(w))
		prev = uint16(w & 0xff)
	}
	for ; i < len(s); i++ {
		c := uint16(s[i])
		b.add(prev<<8 | c)
		prev = c
	}
}

// add puts the pair k (first byte high) in the set.
func (b *bigrams) add(k uint16) { b[k>>6] |= 1 << (k & 63) }

// mayContain reports whether s might hold lit: false means it cannot.
func (b *bigrams) mayContain(lit string) bool {
	for i := 0; i+1 < len(lit); i++ {
		k := uint(lit[i])<<8 | uint(lit[i+1])
		if b[k/64]&(1<<(k%64)) == 0 {
			return false
		}
	}
	return true
}
