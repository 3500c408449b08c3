package clean

import (
	"encoding/binary"
	"strings"
)

// A hand-written prefilter often asks whether a line holds one of a dozen
// or twenty words ("mage", "oto", "redit"...), one strings.Contains each:
// twenty scans of the line, each stopping at every byte its word opens
// with. literalSet answers in one pass: a byte pair that opens one of the
// words, then the next pair of one, before the words are compared.

// literalSet is a set of literals, each at least three bytes, that one
// pass over a text finds (see holdsAny).
type literalSet struct {
	lits   []string
	open   pairSet // the first two bytes of each literal
	second pairSet // its second and third bytes
}

// newLiteralSet returns the set of lits; it panics on a literal shorter
// than three bytes (a programming error: the sets are the package's own).
func newLiteralSet(lits ...string) *literalSet {
	s := &literalSet{lits: lits}
	for _, l := range lits {
		if len(l) < 3 {
			panic("clean: literal set member shorter than three bytes: " + l)
		}
		s.open.add(uint16(l[0])<<8 | uint16(l[1]))
		s.second.add(uint16(l[1])<<8 | uint16(l[2]))
	}
	return s
}

// holdsAny reports whether t holds one of the set's literals, as a
// strings.Contains per literal would.
func (s *literalSet) holdsAny(t string) bool {
	// Eight positions are tried at a time where the text runs on two bytes
	// past them: the ten bytes give the nine pairs, and a position where a
	// pair that opens a literal is followed by one that comes second in a
	// literal (rare in text, where a pair alone is not: "re" of "redit")
	// sends the eight to the exact test.
	i := 0
	for ; i+10 <= len(t); i += 8 {
		w := binary.BigEndian.Uint64([]byte(t[i : i+8]))
		p7 := uint16(w<<8) | uint16(t[i+8])
		p8 := uint16(t[i+8])<<8 | uint16(t[i+9])
		if s.open.has(uint16(w>>48)) && s.second.has(uint16(w>>40)) ||
			s.open.has(uint16(w>>40)) && s.second.has(uint16(w>>32)) ||
			s.open.has(uint16(w>>32)) && s.second.has(uint16(w>>24)) ||
			s.open.has(uint16(w>>24)) && s.second.has(uint16(w>>16)) ||
			s.open.has(uint16(w>>16)) && s.second.has(uint16(w>>8)) ||
			s.open.has(uint16(w>>8)) && s.second.has(uint16(w)) ||
			s.open.has(uint16(w)) && s.second.has(p7) ||
			s.open.has(p7) && s.second.has(p8) {
			for j := i; j < i+8; j++ {
				if s.at(t, j) {
					return true
				}
			}
		}
	}
	for ; i+2 < len(t); i++ {
		if s.at(t, i) {
			return true
		}
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
