package clean

import "strings"

// A hand-written prefilter often asks whether a line holds one of a dozen
// or twenty words ("mage", "oto", "redit"...), one strings.Contains each:
// twenty scans of the line, each stopping at every byte its word opens
// with. literalSet answers in one pass that skips most bytes (see
// holdsAny), and compares the words only where a byte pair that opens one
// is followed by the next pair of one.

// literalSet is a set of literals, each at least three bytes, that one
// pass over a text finds (see holdsAny).
type literalSet struct {
	lits   []string
	open   pairSet // the first two bytes of each literal
	second pairSet // its second and third bytes
	minLen int     // the shortest literal's length
	// skip is how far the scan may move on from a window of minLen bytes
	// whose last two bytes hash to the index (see holdsAny): minLen-1 for
	// a pair in no literal's first minLen bytes, less for one that is,
	// and 0 for one that ends a literal's first minLen bytes, where a
	// literal may start at the window's first byte. Pairs that share a
	// hash take the least of their moves.
	skip [skipSize]uint8
}

// skipSize is the number of entries of literalSet.skip (a pair's hash is
// its first byte's low eight bits shifted by four, xor its second byte).
const skipSize = 1 << 12

// skipIndex is the hash of the byte pair a, b in literalSet.skip.
func skipIndex(a, b byte) int { return (int(a)<<4 ^ int(b)) & (skipSize - 1) }

// newLiteralSet returns the set of lits; it panics on a literal shorter
// than three bytes (a programming error: the sets are the package's own).
func newLiteralSet(lits ...string) *literalSet {
	s := &literalSet{lits: lits, minLen: maxSkipLen}
	for _, l := range lits {
		if len(l) < 3 {
			panic("clean: literal set member shorter than three bytes: " + l)
		}
		s.open.add(uint16(l[0])<<8 | uint16(l[1]))
		s.second.add(uint16(l[1])<<8 | uint16(l[2]))
		s.minLen = min(s.minLen, len(l))
	}
	// Filled by doubling copies: a store a byte was most of building
	// the sets, a dozen of which every process builds at start-up.
	s.skip[0] = uint8(s.minLen - 1)
	for n := 1; n < len(s.skip); n *= 2 {
		copy(s.skip[n:], s.skip[:n])
	}
	for _, l := range lits {
		for j := 0; j+1 < s.minLen; j++ {
			k := skipIndex(l[j], l[j+1])
			s.skip[k] = min(s.skip[k], uint8(s.minLen-2-j))
		}
	}
	return s
}

// maxSkipLen bounds the window of literalSet's scan: a move is at most
// one byte less (and fits in a byte).
const maxSkipLen = 64

// holdsAny reports whether t holds one of the set's literals, as a
// strings.Contains per literal would.
//
// The scan (Wu and Manber's, on byte pairs) reads a window of minLen bytes
// at a time by its last two: a literal that starts inside the window or
// before the next one holds that pair in its first minLen bytes, and the
// window moves on by less than the distance from the pair to the
// literal's minLen-th byte (skip); where a literal's first minLen bytes
// may end the window (a move of 0), the literals are compared at its
// first byte (at), and the window moves on by one. On text a window
// rarely ends in such a pair, and most moves are minLen-1 bytes.
func (s *literalSet) holdsAny(t string) bool {
	for end := s.minLen - 1; end < len(t); {
		if sk := s.skip[skipIndex(t[end-1], t[end])]; sk != 0 {
			end += int(sk)
			continue
		}
		if s.at(t, end+1-s.minLen) {
			return true
		}
		end++
	}
	return false
}

// at reports whether one of the literals starts at t[i] (i+2 < len(t)
// or not).
func (s *literalSet) at(t string, i int) bool {
	if i+2 >= len(t) || !s.open.has(uint16(t[i])<<8|uint16(t[i+1])) || !s.second.has(uint16(t[i+1])<<8|uint16(t[i+2])) {
		return false
	}
	for _, l := range s.lits {
		if strings.HasPrefix(t[i:], l) {
			return true
		}
	}
	return false
}

// pairSet is a set of byte pairs, a bit each (8 KiB).
type pairSet [1 << 16 / 64]uint64

// add puts the pair k (first byte high) in the set.
func (b *pairSet) add(k uint16) { b[k>>6] |= 1 << (k & 63) }

// has reports whether the pair k (first byte high) is in the set.
func (b *pairSet) has(k uint16) bool { return b[k>>6]&(1<<(k&63)) != 0 }
