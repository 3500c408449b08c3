package clean

// foldEdges are the (first, last) byte pairs of a table's folded keys (see
// fold), for a test that rejects most lines before lookupKey folds them and
// hashes the fold: a line whose fold opens or closes with bytes no key has
// is no key. Read from the line's bytes, the pair is exact only where both
// edges are ASCII; a line with a byte past ASCII at either edge is looked
// up in full.
type foldEdges [1 << 16 / 64]uint64

// newFoldEdges records the edges of the folded keys of m.
func newFoldEdges[V any](m map[string]V) *foldEdges {
	e := new(foldEdges)
	for k := range m {
		if f, l, ok := edgesOf(k); ok {
			e[keyPair(f, l)/64] |= 1 << (keyPair(f, l) % 64)
		}
	}
	return e
}

// rejects reports whether s cannot fold to a key: its edges are ASCII and
// no key has them.
func (e *foldEdges) rejects(s string) bool {
	f, l, ok := edgesOf(s)
	return ok && e[keyPair(f, l)/64]&(1<<(keyPair(f, l)%64)) == 0
}

// edgesOf returns the first and the last byte of fold(s) with its trailing
// spaces and colons left out, read from s: its first byte that is no ASCII
// space and its last that is neither a space nor a colon, in lower case.
// ok is false when either is past ASCII (a Unicode space, a curly
// apostrophe, a letter fold might change) or s is only blanks and colons.
// fold keeps the runes other than white space in order, a space for each
// run between them, and lower-cases ASCII letters, so on an ASCII edge the
// two agree; a key, folded already, gives its own edges.
func edgesOf(s string) (first, last byte, ok bool) {
	i := 0
	for i < len(s) && s[i] < 0x80 && asciiSpace[s[i]] {
		i++
	}
	j := len(s) - 1
	for j >= i && s[j] < 0x80 && (asciiSpace[s[j]] || s[j] == ':') {
		j--
	}
	if i > j || s[i] >= 0x80 || s[j] >= 0x80 {
		return 0, 0, false
	}
	return lowerASCII(s[i]), lowerASCII(s[j]), true
}

// keyPair is the bit of the pair (f, l) in foldEdges.
func keyPair(f, l byte) uint32 { return uint32(f)<<8 | uint32(l) }
