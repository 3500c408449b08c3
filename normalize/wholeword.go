package normalize

import "encoding/binary"

// This file is the table of whole-word keys: a key that is one ASCII word
// (its head is all of it) and that no longer key starts with as its head,
// such as armenia or azerbaijan. A word of the text whose folded bytes are
// such a key matches it exactly when a name may end after it, and
// matches no key otherwise, so the scan needs no trie walk for it: most
// walks were of such words (names already in their canonical spelling).

// wholeWord is one slot of the table: the head hash of the key
// (headHashOf), the key, and the entry it accepts; key "" is an empty
// slot.
type wholeWord struct {
	h     uint64
	lead  uint64 // the key's first eight bytes, little-endian (keys of nine bytes or more)
	key   string
	entry int32
}

// setWholeWords fills a.whole from keys, keys[i] accepting entry ids[i]
// (entry i when ids is nil): the keys that are their own head and the head
// of no longer key. The table has at least twice as many slots as keys in
// it, a power of two, probed from the hash's top bits.
func (a *automaton) setWholeWords(keys []string, ids []int32) {
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
	n := 0
	for k, hd := range heads {
		if hd.entry >= 0 && !hd.longer && k != "" {
			n++
		}
	}
	if n == 0 {
		return
	}
	bits := 1
	for 1<<bits < 2*n {
		bits++
	}
	a.whole = make([]wholeWord, 1<<bits)
	a.wholeShift = uint(64 - bits)
	for _, k := range order {
		if hd := heads[k]; hd.entry < 0 || hd.longer || k == "" {
			continue
		}
		h := headHashOf([]byte(k))
		s := h >> a.wholeShift
		for a.whole[s].key != "" {
			s = (s + 1) & uint64(len(a.whole)-1)
		}
		w := wholeWord{h: h, key: k, entry: heads[k].entry}
		if len(k) > 8 {
			w.lead = binary.LittleEndian.Uint64([]byte(k))
		}
		a.whole[s] = w
	}
}

// wholeWordAt returns the entry of the whole-word key that word (ASCII
// letters and digits, in any case) folds to, h being its head hash, or ok
// false when no such key is in the table. A word of up to eight bytes
// needs no comparison: its hash is its folded bytes (never zero, so they
// also say its length) times an odd constant, once or (eight bytes) twice,
// which no other word of its length has, as multiplying by an odd number
// is one-to-one on 64-bit values (TestWholeWordHash). Of two words of
// nine to sixteen bytes with the same first eight, the hash tells the
// rest apart alike, so only those eight are compared.
func (a *automaton) wholeWordAt(word []byte, h uint64) (entry int, ok bool) {
	if len(a.whole) == 0 {
		return 0, false
	}
	mask := uint64(len(a.whole) - 1)
	for s := h >> a.wholeShift; ; s = (s + 1) & mask {
		w := &a.whole[s]
		if w.key == "" {
			return 0, false
		}
		if w.h == h && len(w.key) == len(word) {
			switch {
			case len(word) <= 8:
				return int(w.entry), true
			case len(word) <= 16:
				if folded, _ := wordLanes(binary.LittleEndian.Uint64(word)); folded == w.lead {
					return int(w.entry), true
				}
			case foldsTo(word, w.key):
				return int(w.entry), true
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
