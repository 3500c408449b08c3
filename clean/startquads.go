package clean

import (
	"encoding/binary"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// startQuads sharpens a ^-anchored pattern's start pairs (startPairs) to
// the first four bytes, for a case-insensitive pattern of many
// alternatives whose pairs are common at a line's start ("th" of "thank
// you", "co" of "contact us"): the lines that open with a pair of one of
// them rarely open with the first four bytes of one. Bytes are compared in
// ASCII lower case, so the set is small whatever the pattern's case
// folding; a text whose first four bytes are not all ASCII is let through
// (a fold may take a non-ASCII rune to an ASCII letter: the Kelvin sign to
// k).

// quadLen is how many bytes startQuads reads.
const quadLen = 4

// startQuads holds the first quadLen bytes, in ASCII lower case, of every
// match of a pattern a text holding only ASCII there may start with:
// quads those made of one byte at each place, more the rest (a class at
// some place, or a match shorter than quadLen bytes).
type startQuads struct {
	quads []uint32     // sorted; the first byte highest
	more  []startEntry // tested one by one
}

// startEntry is the bytes each place of a match's start may hold, for the
// first n places (n < quadLen when the match may end there).
type startEntry struct {
	at [quadLen]byteSet
	n  int
}

// maxStartEntries bounds the entries newStartQuads builds: past it, the
// pattern gets no startQuads.
const maxStartEntries = 1 << 13

// allows reports whether a match of the pattern may start t.
func (q *startQuads) allows(t string) bool {
	var b [quadLen]byte
	n := min(len(t), quadLen)
	for k := range n {
		if t[k] >= utf8.RuneSelf {
			return true
		}
		b[k] = lowerASCII(t[k])
	}
	if n == quadLen {
		if _, found := slices.BinarySearch(q.quads, binary.BigEndian.Uint32(b[:])); found {
			return true
		}
	}
	for i := range q.more {
		if e := &q.more[i]; e.n <= n && e.holds(b[:e.n]) {
			return true
		}
	}
	return false
}

// holds reports whether each byte of b is one the entry's place allows.
func (e *startEntry) holds(b []byte) bool {
	for k, c := range b {
		if !e.at[k].has(c) {
			return false
		}
	}
	return true
}

// newStartQuads returns the start quads of the pattern tree re, when re is
// anchored at the start of the text and they can be told; nil otherwise.
func newStartQuads(re *syntax.Regexp) *startQuads {
	if !anchoredStart(re) {
		return nil
	}
	return quadsOfTree(re)
}

// quadsOfTree returns the start quads of the matches of re at the place
// they start, when they can be told; nil otherwise.
func quadsOfTree(re *syntax.Regexp) *startQuads {
	entries, ok := quadEntries(re)
	if !ok {
		return nil
	}
	q := new(startQuads)
	for _, e := range entries {
		if e.n == 0 {
			return nil // a match may be empty: any text may start one
		}
		if quad, one := e.quad(); one {
			q.quads = append(q.quads, quad)
		} else {
			q.more = append(q.more, e)
		}
	}
	slices.Sort(q.quads)
	q.quads = slices.Compact(q.quads)
	return q
}

// quad returns the entry as four bytes, when it is quadLen places of one
// byte each.
func (e *startEntry) quad() (uint32, bool) {
	if e.n != quadLen {
		return 0, false
	}
	var b [quadLen]byte
	for k := range e.at {
		c, one := e.at[k].only()
		if !one {
			return 0, false
		}
		b[k] = c
	}
	return binary.BigEndian.Uint32(b[:]), true
}

// only returns the set's one byte, when it holds exactly one.
func (s *byteSet) only() (byte, bool) {
	n, c := 0, byte(0)
	for b := range 256 {
		if s.has(byte(b)) {
			n, c = n+1, byte(b)
		}
	}
	return c, n == 1
}

// quadEntries returns the entries of the starts of re's matches (see
// startEntry), ASCII only: a path through a non-ASCII rune before the
// quadLen-th byte is left out, as no ASCII text starts that way. ok is
// false when they are too many.
func quadEntries(re *syntax.Regexp) (set []startEntry, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []startEntry{{}}, true
	case syntax.OpLiteral:
		// One entry of the literal's first places; a rune past ASCII is a
		// place that holds no byte, which concatEntries drops only where
		// it falls within a match's first quadLen bytes (" här" after
		// "den" gives "den ": the literal alone cannot tell).
		var e startEntry
		for _, r := range re.Rune {
			if e.n == quadLen {
				break
			}
			if r < utf8.RuneSelf {
				e.at[e.n].add(lowerASCII(byte(r)))
			}
			e.n++
		}
		return []startEntry{e}, true
	case syntax.OpCharClass:
		var at byteSet
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < utf8.RuneSelf; r++ {
				at.add(lowerASCII(byte(r)))
			}
		}
		return []startEntry{placeEntry(at)}, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		var at byteSet
		for c := range byte(utf8.RuneSelf) {
			at.add(lowerASCII(c))
		}
		return []startEntry{placeEntry(at)}, true
	case syntax.OpCapture:
		return quadEntries(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		one, ok := quadEntries(re.Sub[0])
		if !ok {
			return nil, false
		}
		lo, hi := 0, quadLen // copies of the part that can reach the quadLen-th byte
		switch re.Op {
		case syntax.OpPlus:
			lo = 1
		case syntax.OpQuest:
			hi = 1
		case syntax.OpRepeat:
			lo = min(re.Min, quadLen)
			if re.Max >= 0 {
				hi = min(re.Max, quadLen)
			}
		}
		run := []startEntry{{}}
		for k := 1; k <= lo; k++ {
			if run, ok = concatEntries(run, one); !ok {
				return nil, false
			}
		}
		set = slices.Clone(run)
		for k := lo + 1; k <= hi; k++ {
			if run, ok = concatEntries(run, one); !ok {
				return nil, false
			}
			set = append(set, run...)
		}
		return dedupEntries(set)
	case syntax.OpConcat:
		set = []startEntry{{}}
		for _, s := range re.Sub {
			if allFull(set) {
				break
			}
			next, ok := quadEntries(s)
			if !ok {
				return nil, false
			}
			if set, ok = concatEntries(set, next); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			next, ok := quadEntries(s)
			if !ok {
				return nil, false
			}
			set = append(set, next...)
		}
		return dedupEntries(set)
	}
	return nil, false
}

// placeEntry is the entry of one place that holds a byte of at; an empty
// set makes an entry no ASCII text matches, which concatEntries drops.
func placeEntry(at byteSet) startEntry {
	e := startEntry{n: 1}
	e.at[0] = at
	return e
}

// allFull reports whether every entry has its quadLen places.
func allFull(set []startEntry) bool {
	for i := range set {
		if set[i].n < quadLen {
			return false
		}
	}
	return true
}

// concatEntries is the entries of a match of a followed by one of b; an
// entry with a place that holds no byte is left out.
func concatEntries(a, b []startEntry) ([]startEntry, bool) {
	var set []startEntry
	for _, x := range a {
		if x.n == quadLen {
			set = append(set, x)
			continue
		}
	next:
		for _, y := range b {
			xy := x
			for k := 0; k < y.n && xy.n < quadLen; k++ {
				if y.at[k] == (byteSet{}) {
					continue next
				}
				xy.at[xy.n] = y.at[k]
				xy.n++
			}
			set = append(set, xy)
		}
		if len(set) > 4*maxStartEntries {
			return nil, false
		}
	}
	return dedupEntries(set)
}

// dedupEntries drops repeated entries; ok is false if too many are left.
func dedupEntries(set []startEntry) ([]startEntry, bool) {
	seen := make(map[startEntry]bool, len(set))
	out := set[:0]
	for _, e := range set {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out, len(out) <= maxStartEntries
}

// mayStartAfterMarks reports whether may (a start test of a pattern's
// matches) allows s after none to lead of its leading marks, for a pattern
// that opens with \W{0,lead}: every rune that is not an ASCII letter,
// digit or underscore is taken for a mark (more than \W under (?i) takes:
// it leaves out the Kelvin sign and the long s), which only tries more
// starts.
func mayStartAfterMarks(s string, lead int, may func(string) bool) bool {
	for n := 0; ; n++ {
		if may(s) {
			return true
		}
		if n == lead || s == "" {
			return false
		}
		r, size := utf8.DecodeRuneInString(s)
		if r < utf8.RuneSelf && isWordByte(byte(r)) {
			return false
		}
		s = s[size:]
	}
}

// allowedBy returns q.allows, or a test that allows everything when q is
// nil (the quads unknown).
func allowedBy(q *startQuads) func(string) bool {
	if q == nil {
		return func(string) bool { return true }
	}
	return q.allows
}
