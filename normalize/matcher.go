package normalize

import (
	"slices"
	"unicode/utf8"
)

// This file is the matcher: a trie over folded name keys, walked from each
// word start of the text.
//
// Every gazetteer name starts and ends at a word boundary, so a match can
// only start where a word starts. That makes the failure links of an
// Aho-Corasick automaton unnecessary: the scanner skips from word start to
// word start and walks the trie from the root at each one, keeping the
// longest accepted key that ends at a word boundary. The walk is bounded by
// the longest key, so the whole scan is linear in the text, and it reads the
// text in one left-to-right pass, folding each rune as it goes, so offsets
// are those of the text itself.

// automaton is a trie over folded bytes. Node 0 is the root; a transition
// to 0 means "no edge". Most nodes have one child, kept inline; nodes with
// several have a row of transitions per byte class. That keeps the table
// small enough to stay in cache.
type automaton struct {
	class [256]uint8 // byte -> class; 0 means the byte occurs in no key
	width int        // number of classes, including 0
	nodes []node
	dense []int32   // dense[row+class] for branching nodes
	start [256]bool // ASCII bytes that can start a key (before folding)
	// lead marks the first bytes of two-byte runes (0xC2 to 0xDF) at
	// which a walk from the root can go on: some rune they start is a
	// word rune that folds to nothing (a combining mark) or to a byte
	// that starts a key. Text in Cyrillic, Greek, Armenian, Hebrew or
	// Arabic script starts no key at most of its words. Every other byte
	// outside ASCII is marked.
	lead [256]bool
	// heads is a bitset over the hashes of every key's head: its folded
	// bytes up to the first byte that is not an ASCII letter or digit. An
	// ASCII word followed by an ASCII byte (or the end) can start a match
	// only if its folded bytes are some key's head, so a word whose hash is
	// not in the set is passed over without a trie walk.
	heads [headBits / 64]uint64
	// quads is a bitset over the hashes of the first four bytes that an
	// ASCII text can have where a key of four bytes or more matches (see
	// quadHash); short marks the ASCII bytes that start a shorter key, whose
	// words the quads cannot tell. A word that starts with four ASCII bytes
	// whose hash is not in the set, and whose first byte starts no short
	// key, is passed over without reading it to its end.
	quads [quadBits / 64]uint64
	short [256]bool
	// lower is the automaton of the keys a word that starts with a
	// lower-case letter or a digit may match (see lowerStart): nil when
	// none may, the automaton itself when every key may.
	lower *automaton
	// headTab is the table of the keys' heads (see wholeword.go), probed
	// from a head hash's top bits, above headShift.
	headTab   []keyHead
	headShift uint
	// first is start, short and lead in one table, for the scan from the
	// bitmaps (textLanes.nextStart): firstNo where a word cannot start a
	// key, firstQuad where the quads decide (an ASCII byte that starts a
	// key, and no short one), firstYes where a walk may go on.
	first [256]uint8
}

// The values of automaton.first.
const (
	firstNo uint8 = iota
	firstQuad
	firstYes
)

// setFirst sets a.first from start, short and lead.
func (a *automaton) setFirst() {
	for b := range 256 {
		switch {
		case b < utf8.RuneSelf && a.start[b] && !a.short[b]:
			a.first[b] = firstQuad
		case b < utf8.RuneSelf && a.start[b], b >= utf8.RuneSelf && a.lead[b]:
			a.first[b] = firstYes
		}
	}
}

// setClasses numbers the bytes that occur in keys, in order of first
// occurrence from 1 (0: in no key), and sets the table's width.
func (a *automaton) setClasses(keys []string) {
	width := 1
	for _, k := range keys {
		for i := 0; i < len(k); i++ {
			if a.class[k[i]] == 0 {
				a.class[k[i]] = uint8(width)
				width++
			}
		}
	}
	a.width = width
}

// buildAutomaton builds the trie for keys: keys[i] accepts entry ids[i],
// or entry i when ids is nil. Its lower is nil.
func buildAutomaton(keys []string, ids []int32) *automaton {
	a := &automaton{}
	a.setClasses(keys)
	width := a.width
	// The dense table while building, allocated once at its final size:
	// grown a row at a time it was reallocated and copied some thirty
	// times, most of the normaliser's compile time.
	nodes := trieNodes(keys)
	next := make([]int32, nodes*width)
	accept := make([]int32, 1, nodes)
	// Each node's children, counted as the edges are made, and the class
	// of its one child when it has one: most nodes have one, and finding
	// that by reading every node's row was most of the trie's build.
	children := make([]int32, nodes)
	only := make([]uint8, nodes)
	for ki, k := range keys {
		node := int32(0)
		for i := 0; i < len(k); i++ {
			c := int(a.class[k[i]])
			nx := next[int(node)*width+c]
			if nx == 0 {
				nx = int32(len(accept))
				accept = append(accept, 0)
				next[int(node)*width+c] = nx
				children[node]++
				only[node] = uint8(c)
			}
			node = nx
		}
		id := int32(ki)
		if ids != nil {
			id = ids[ki]
		}
		accept[node] = id + 1
	}
	var byClass [256]int16
	for b := 255; b >= 0; b-- {
		if c := a.class[b]; c != 0 {
			byClass[c] = int16(b)
		}
	}
	a.nodes = make([]node, nodes)
	for nd := 0; nd < nodes; nd++ {
		a.nodes[nd] = node{single: -1, next: -1, accept: accept[nd]}
		switch {
		case children[nd] == 1 && nd != 0:
			c := int(only[nd])
			a.nodes[nd].single = byClass[c]
			a.nodes[nd].next = next[nd*width+c]
		case children[nd] > 0:
			a.nodes[nd].next = int32(len(a.dense))
			a.dense = append(a.dense, next[nd*width:(nd+1)*width]...)
		}
	}
	for b := 0; b < utf8.RuneSelf; b++ {
		if a.step(0, asciiFold[b]) != 0 {
			a.start[b] = true
		}
	}
	a.setLeads()
	a.setFilters(keys)
	a.setFirst()
	a.setHeads(keys, ids)
	return a
}

// setLeads sets a.lead from the root's edges.
func (a *automaton) setLeads() {
	var buf [16]byte
	for b := utf8.RuneSelf; b < 256; b++ {
		if b < 0xC2 || b > 0xDF {
			a.lead[b] = true
			continue
		}
		for c := range 0x40 {
			r := rune(b&0x1F)<<6 | rune(c)
			if !isWordRune(r) {
				continue
			}
			if f := foldRune(buf[:0], r); len(f) == 0 || a.step(0, f[0]) != 0 {
				a.lead[b] = true
				break
			}
		}
	}
}

// setFilters sets the scan's filters for keys: the heads and quads bitsets
// and the short-key bytes.
func (a *automaton) setFilters(keys []string) {
	for _, k := range keys {
		i := 0
		for i < len(k) && asciiKind[k[i]] == kindWord {
			i++
		}
		s := headSlot(headHashOf([]byte(k[:i])))
		a.heads[s/64] |= 1 << (s % 64)
		if len(k) > 0 && len(k) < 4 {
			for b := range utf8.RuneSelf {
				if asciiFold[b] == k[0] {
					a.short[b] = true
				}
			}
		}
		if len(k) >= 4 {
			a.addQuads(k[:4])
		}
	}
}

// addQuads sets the quads bits of the four ASCII bytes that fold to quad,
// the first four bytes of a key, as quadHash reads them: a letter stands
// for itself (quadHash reads either case as lower case), an apostrophe
// for ' and `, which fold to it; each other ASCII byte only for itself.
// A key with a byte outside ASCII among its four needs none: no text of
// four ASCII bytes folds to it.
func (a *automaton) addQuads(quad string) {
	var p uint32
	apostrophes := []int(nil) // bit places of the apostrophes in p
	for k := range 4 {
		c := quad[k]
		if c >= utf8.RuneSelf {
			return
		}
		if c == '\'' {
			apostrophes = append(apostrophes, 8*k)
		}
		p |= uint32(c) << (8 * k)
	}
	for v := range 1 << len(apostrophes) {
		q := p
		for bit, at := range apostrophes {
			if v>>bit&1 == 1 {
				q = q&^(0xFF<<at) | '`'<<at
			}
		}
		s := quadHash(q)
		a.quads[s/64] |= 1 << (s % 64)
	}
}

// quadBits is the size of the quads bitset: the built-in gazetteer sets
// 238 of its bits, so the filter drops about 996 in 1,000 words that start
// no key.
const quadBits = 1 << 16

// quadHash is the bit of the quads bitset for the four text bytes p,
// little-endian: ASCII letters are read in lower case (with | 0x20, which
// also moves other bytes, alike on both sides), then hashed.
func quadHash(p uint32) uint32 { return (p | 0x20202020) * 0x9E3779B1 >> 16 }

// quadOut reports whether no key of four bytes or more can start at a
// word whose first four bytes are p: they are ASCII and their hash is not
// in the quads bitset.
func (a *automaton) quadOut(p uint32) bool {
	s := quadHash(p)
	return p&0x80808080 == 0 && a.quads[s/64]&(1<<(s%64)) == 0
}

// headBits is the size of the heads bitset: some 400 distinct heads set
// under 1% of its bits, so a word that is no key's head passes the filter
// about once in a hundred.
const headBits = 1 << 16

// wordFold maps a byte of an ASCII word (a letter or a digit, asciiKind's
// kindWord) to its folded form, and every other byte to 0: the scan reads
// a word and folds it with one table look-up a byte.
var wordFold = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if asciiKind[c] == kindWord {
			t[c] = asciiFold[c]
		}
	}
	return t
}()

// headSlot is the bit of the heads bitset for a head hash (headHashOf).
func headSlot(h uint64) uint64 { return h >> (64 - 16) }

// mayHead reports whether a word whose head hash is h may be a key's head.
func (a *automaton) mayHead(h uint64) bool {
	return a.heads[headSlot(h)/64]&(1<<(headSlot(h)%64)) != 0
}

// trieNodes returns the number of nodes of the trie over keys, the root
// included: one per distinct prefix, counted over the keys in sorted order
// as the bytes each adds to the prefix it shares with the one before.
func trieNodes(keys []string) int {
	sorted := slices.Clone(keys)
	slices.Sort(sorted)
	n, prev := 1, ""
	for _, k := range sorted {
		common := 0
		for common < len(k) && common < len(prev) && k[common] == prev[common] {
			common++
		}
		n += len(k) - common
		prev = k
	}
	return n
}

// node is one trie node, packed so that a step touches one cache line.
type node struct {
	single int16 // the byte of the node's only child, or -1
	next   int32 // that child, or the node's row in dense, or -1
	accept int32 // entry index + 1, or 0
}

// step follows the edge for folded byte fb from node, returning 0 if there
// is none.
func (a *automaton) step(nd int32, fb byte) int32 {
	return a.stepFrom(&a.nodes[nd], fb)
}

// stepFrom is step from the node n itself, which a walk holds already.
func (a *automaton) stepFrom(n *node, fb byte) int32 {
	if n.single >= 0 {
		if byte(n.single) == fb {
			return n.next
		}
		return 0
	}
	r := n.next
	c := a.class[fb]
	if r < 0 || c == 0 {
		return 0
	}
	return a.dense[int(r)+int(c)]
}

// match is one gazetteer name found in a text: the bytes [start, end) and
// the entry they match.
type match struct {
	start, end int
	entry      int
	// alive caches whether the match is live in the text it was found
	// in (see table.matchLive): 0 not yet known, 1 live, -1 not. A line
	// whose match is live asks it up to four times (runWhole, anyLive,
	// names, settled), each a comparison of spellings.
	alive int8
}

// longestAt walks the trie from the word start j of t and returns the end
// and entry of the longest key that ends at a word boundary, or ok false.
// The walk holds the node it is at, whose edges and accept it reads.
func (a *automaton) longestAt(t []byte, j int) (end, entry int, ok bool) {
	return a.longestFrom(t, j, 0)
}

// longestFrom is longestAt for a walk that has reached node nd at t[j]:
// the end and entry of the longest key that ends at a word boundary at or
// after j, going on from nd.
func (a *automaton) longestFrom(t []byte, j int, nd int32) (end, entry int, ok bool) {
	nodes := a.nodes
	n := &nodes[nd]
walk:
	for {
		if acc := n.accept; acc != 0 && boundaryAfter(t, j) {
			end, entry, ok = j, int(acc-1), true
		}
		// Walk on over ASCII bytes to the next accepting node, in a loop
		// that calls nothing (most steps), then over a rune outside ASCII.
		for j < len(t) && t[j] < utf8.RuneSelf {
			nx := a.stepFrom(n, asciiFold[t[j]])
			if nx == 0 {
				return end, entry, ok
			}
			n = &nodes[nx]
			j++
			if n.accept != 0 {
				continue walk
			}
		}
		if j >= len(t) {
			return end, entry, ok
		}
		r, size := utf8.DecodeRune(t[j:])
		if n = a.stepRune(n, r); n == nil {
			return end, entry, ok
		}
		j += size
	}
}

// stepRune follows the folded bytes of r (foldRune) from the node n: the
// node they reach, or nil. It is longestFrom's step for a rune outside
// ASCII, apart so that the walk over ASCII does not clear foldRune's
// buffer at each call.
func (a *automaton) stepRune(n *node, r rune) *node {
	var buf [16]byte
	for _, fb := range foldRune(buf[:0], r) {
		nx := a.stepFrom(n, fb)
		if nx == 0 {
			return nil
		}
		n = &a.nodes[nx]
	}
	return n
}

// boundaryAfter reports whether a name may end at j: the next rune is not
// part of a word, and the name is not part of an address (name@, name/,
// name.az).
func boundaryAfter(t []byte, j int) bool {
	if j >= len(t) {
		return true
	}
	b := t[j]
	if b < utf8.RuneSelf {
		switch asciiKind[b] {
		case kindWord:
			return false
		case kindBlock:
			if b == '.' {
				// A full stop ends a name unless a word follows at once.
				return j+1 >= len(t) || !startsWord(t[j+1:])
			}
			return false
		}
		return true
	}
	r, _ := utf8.DecodeRune(t[j:])
	return !isWordRune(r)
}

func startsWord(t []byte) bool {
	r, _ := utf8.DecodeRune(t)
	return isWordRune(r)
}
