package normalize

import "encoding/binary"

// This file is the table of the keys' heads: the folded bytes of a key up
// to its first byte that is not an ASCII letter or digit. An ASCII word
// of the text followed by an ASCII byte can start a match only if it is
// some key's head, and then the match is that key alone (a whole-word key
// such as armenia, which no longer key has as its head: most matches are
// such names, already in their canonical spelling) or found by walking the
// trie on from the node the head leads to. The table tells which, so a
// word that is no key's head costs no trie walk, and a walk does not read
// the head again.

// keyHead is one slot of the table: the head hash (headHashOf), the head,
// the entry of the whole-word key it is or -1, and the trie node after it;
// head "" is an empty slot.
type keyHead struct {
	h     uint64
	lead  uint64 // the head's first eight bytes, little-endian (heads of nine bytes or more)
	head  string
	entry int32 // the whole-word key's entry, or -1: walk on from node
	node  int32
}

// setHeads fills a.heads from keys, keys[i] accepting entry ids[i] (entry
// i when ids is nil): every key's head but "", with the entry of the key
// that is its head when no longer key has it as its head. The table has
// at least twice as many slots as heads, a power of two, probed from the
// hash's top bits.
func (a *automaton) setHeads(keys []string, ids []int32) {
	type head struct {
		entry  int32 // the key equal to the head, or -1
		longer bool  // a longer key has this head
	}
	heads := map[string]*head{}
	var order []string // the heads in the order of keys, for a table that does not depend on map order
	for ki, k := range keys {
		i := 0
		for i < len(k) && asciiKind[k[i]] == kindWord {
			i++
		}
		if i == 0 {
			continue
		}
		hd := heads[k[:i]]
		if hd == nil {
			hd = &head{entry: -1}
			heads[k[:i]] = hd
			order = append(order, k[:i])
		}
		if i < len(k) {
			hd.longer = true
			continue
		}
		hd.entry = int32(ki)
		if ids != nil {
			hd.entry = ids[ki]
		}
	}
	if len(order) == 0 {
		return
	}
	bits := 1
	for 1<<bits < 2*len(order) {
		bits++
	}
	a.headTab = make([]keyHead, 1<<bits)
	a.headShift = uint(64 - bits)
	for _, k := range order {
		hd := heads[k]
		h := headHashOf([]byte(k))
		s := h >> a.headShift
		for a.headTab[s].head != "" {
			s = (s + 1) & uint64(len(a.headTab)-1)
		}
		w := keyHead{h: h, head: k, entry: hd.entry}
		if hd.longer {
			w.entry = -1
		}
		for i := 0; i < len(k); i++ {
			w.node = a.step(w.node, k[i])
		}
		if len(k) > 8 {
			w.lead = binary.LittleEndian.Uint64([]byte(k))
		}
		a.headTab[s] = w
	}
}

// keyHeadOf returns the slot of the head that word (ASCII letters and
// digits, in any case) folds to, h being its head hash, or nil when it is
// no key's head. A word of up to eight bytes needs no comparison: its hash
// is its folded bytes (never zero, so they also say its length) times an
// odd constant, once or (eight bytes) twice, which no other word of its
// length has, as multiplying by an odd number is one-to-one on 64-bit
// values (TestWholeWordHash). Of two words of nine to sixteen bytes with
// the same first eight, the hash tells the rest apart alike, so only those
// eight are compared.
func (a *automaton) keyHeadOf(word []byte, h uint64) *keyHead {
	if len(a.headTab) == 0 {
		return nil
	}
	mask := uint64(len(a.headTab) - 1)
	for s := h >> a.headShift; ; s = (s + 1) & mask {
		w := &a.headTab[s]
		if w.head == "" {
			return nil
		}
		if w.h == h && len(w.head) == len(word) {
			switch {
			case len(word) <= 8:
				return w
			case len(word) <= 16:
				if folded, _ := wordLanes(binary.LittleEndian.Uint64(word)); folded == w.lead {
					return w
				}
			case foldsTo(word, w.head):
				return w
			}
		}
	}
}

// foldsTo reports whether the ASCII word folds to key, byte by byte
// (len(word) == len(key)).
func foldsTo(word []byte, key string) bool {
	for k := range len(key) {
		if wordFold[word[k]] != key[k] {
			return false
		}
	}
	return true
}
