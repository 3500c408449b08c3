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
	for i := 0; i+1 < len(s); i++ {
		k := uint(s[i])<<8 | uint(s[i+1])
		b[k/64] |= 1 << (k % 64)
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
