package clean

import (
	"encoding/binary"
	"sync"
)

// bigrams is the set of byte pairs that occur in a page: a cheap, one-pass
// index that tells, before any substring search, that a pattern's required
// literal cannot be in the page. With many rules most literals are absent,
// and each is then rejected with a few tests instead of a scan. A pair is
// one byte of the table (64 KiB), not one bit: recording it is one store,
// where a bit took a load, a shift, an or and a store, and the pairs of
// text fall in a few rows of the table (a letter then another), which the
// cache holds. The byte is the number of the text indexed (gen), so that
// the table is cleared once every 255 texts rather than for each.
type bigrams struct {
	tab [1 << 16]uint8
	gen uint8 // the pairs of the text last indexed are those set to gen; 0 before the first
}

var bigramPool = sync.Pool{New: func() any { return new(bigrams) }}

// index records the byte pairs of s (in place of the text's before).
func (b *bigrams) index(s string) {
	if b.gen == 255 {
		b.tab = [1 << 16]uint8{}
		b.gen = 0
	}
	b.gen++
	if len(s) < 2 {
		return
	}
	// Each byte is read once, eight at a time where it can be, and a
	// 16-bit key is below len(tab): the loops carry no bounds checks. The
	// number is held in a local, which the stores cannot change.
	tab, g := &b.tab, b.gen
	prev := uint16(s[0])
	i := 1
	for ; i+8 <= len(s); i += 8 {
		// big-endian: the pair at bytes j, j+1 is the 16 bits at 48-8j
		w := binary.BigEndian.Uint64([]byte(s[i : i+8]))
		tab[prev<<8|uint16(w>>56)] = g
		tab[uint16(w>>48)] = g
		tab[uint16(w>>40)] = g
		tab[uint16(w>>32)] = g
		tab[uint16(w>>24)] = g
		tab[uint16(w>>16)] = g
		tab[uint16(w>>8)] = g
		tab[uint16(w)] = g
		prev = uint16(w & 0xff)
	}
	for ; i < len(s); i++ {
		c := uint16(s[i])
		tab[prev<<8|c] = g
		prev = c
	}
}

// mayContain reports whether s might hold lit: false means it cannot.
func (b *bigrams) mayContain(lit string) bool {
	// The table and the number in locals, as in index: each pair is then
	// a load and a compare, not reloads of both.
	tab, g := &b.tab, b.gen
	for i := 0; i+1 < len(lit); i++ {
		if tab[uint16(lit[i])<<8|uint16(lit[i+1])] != g {
			return false
		}
	}
	return true
}

// mayContainRare is mayContain, the pair key (lit's rarest, see rarePair)
// looked up first: most literals a page lacks fail on it, where their
// pairs in order (common letters first, "te", "ws", " t") pass many
// lookups on a page in the literal's language.
func (b *bigrams) mayContainRare(lit string, key uint16) bool {
	if len(lit) >= 2 && b.tab[key] != b.gen {
		return false
	}
	return b.mayContain(lit)
}

// rarePair returns the byte pair of lit (at least two bytes) least likely
// in text, by pairRarity, as a bigrams key; the first of the rarest.
func rarePair(lit string) uint16 {
	var key uint16
	best := -1
	for i := 0; i+1 < len(lit); i++ {
		if r := pairRarity[lit[i]] + pairRarity[lit[i+1]]; r > best {
			key, best = uint16(lit[i])<<8|uint16(lit[i+1]), r
		}
	}
	return key
}

// pairRarity scores how rare a byte is in text, for rarePair: the common
// lower-case letters and the space least, the rare letters more, capitals
// (and bytes of runes past ASCII) more again, digits and marks most.
var pairRarity = func() (t [256]int) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || c == ',' || c == '.':
			t[c] = 2
		case 'A' <= c && c <= 'Z' || c >= 0x80:
			t[c] = 3
		default:
			t[c] = 4
		}
	}
	for _, c := range []byte("cmfwygpb") {
		t[c] = 1
	}
	for _, c := range []byte(" etaoinshrdlu") {
		t[c] = 0
	}
	return t
}()

// mayContainAny reports whether s might hold one of lits: false means it
// holds none.
func (b *bigrams) mayContainAny(lits []string) bool {
	for _, l := range lits {
		if b.mayContain(l) {
			return true
		}
	}
	return false
}
