package clean

import "sync"

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
	// Each byte is read once, and a 16-bit key shifted by 6 is below
	// len(b): the loop carries no bounds checks.
	prev := uint16(s[0])
	for i := 1; i < len(s); i++ {
		c := uint16(s[i])
		k := prev<<8 | c
		b[k>>6] |= 1 << (k & 63)
		prev = c
	}
}

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
