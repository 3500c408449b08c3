package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// This file is the quick path of a Normalizer over ordinary lines: one pass
// over the bytes of a line, with a table of byte classes, that either finds
// the line's whole change (nothing, or spaces removed or made single) or
// gives the line up to the full path of segment.go. It gives a line up at
// the first character that might change other than a space (a no-break
// space, an invisible character, Armenian punctuation, a letter that is
// not ASCII...), and when a word's head is the head of some gazetteer key
// and the trie finds a name there, or when such a word shares its line with
// a change of spaces (which could join a name's words).

// Byte classes of the quick path.
const (
	qcStop  = iota // give the line up: \v \f \r
	qcWord         // ASCII letter or digit
	qcOther        // other ASCII the clean-up leaves alone
	qcSpace        // ' ' or '\t'
	qcLF           // '\n'
	qcHigh         // a byte of a non-ASCII character
)

var quickClass = func() (t [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b >= utf8.RuneSelf:
			t[b] = qcHigh
		case asciiKind[b] == kindWord:
			t[b] = qcWord
		case b == ' ' || b == '\t':
			t[b] = qcSpace
		case b == '\n':
			t[b] = qcLF
		case b == '\v' || b == '\f' || b == '\r':
			t[b] = qcStop
		default:
			t[b] = qcOther
		}
	}
	return t
}()

// passiveLimit bounds the runes of passiveSet.
const passiveLimit = 0x2080

// passiveSet marks the non-ASCII runes below passiveLimit that the quick
// path passes over: the clean-up never changes them (whatever their
// neighbours, quotes aside: see passive), NFC leaves them alone, and they
// are not part of a word, so they only separate words for the matcher.
var passiveSet = func() (set [passiveLimit / 64]uint64) {
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < passiveLimit; r++ {
		if isSpaceRune(r) || isRemovable(r) || isJoinerLike(r) || isWordRune(r) {
			continue
		}
		switch r {
		case '\u0589', '\u2024', '\u058A', '\u055D': // Armenian look-alikes
			continue
		}
		if n := utf8.EncodeRune(buf[:], r); !isInert(buf[:n], r) {
			continue
		}
		set[r/64] |= 1 << (r % 64)
	}
	return set
}()

// passive reports whether the quick path passes over r.
func (n *Normalizer) passive(r rune) bool {
	if r >= passiveLimit || passiveSet[r/64]&(1<<(r%64)) == 0 {
		return false
	}
	return !n.asciiQuotes || r < '\u2018' || r > '\u201F' // typographic quotes
}

// lineEdit is a change of the quick path: src[os:oe], a run of spaces,
// becomes one space (space) or nothing.
type lineEdit struct {
	os, oe int
	space  bool
}

// quickLine reads the line that starts at src[pos] (a segment start in
// state st with st.midLine false). If it can tell the line's whole change,
// it returns the index after the line's line feed, the line's edits
// appended to edits (in order, none touching), and ok true; the state
// after the line is the zero segState. Otherwise ok is false and the line
// is for segment.
func (n *Normalizer) quickLine(src []byte, pos int, edits []lineEdit) (end int, _ []lineEdit, ok bool) {
	limit := n.segLimit()
	edits = edits[:0]
	var heads *[headBits / 64]uint64 // nil when names are off
	var pairs *pairSet
	if n.tab != nil {
		heads, pairs = &n.tab.auto.heads, &n.tab.auto.pairs
	}
	// reach is where the text the trie walks have read ends: an edit
	// before it would change what they read.
	reach := pos
	midLine := false
	for i := pos; i < len(src); {
		// Eight bytes at a time over plain ASCII and single spaces (see
		// plainWord), looking up the head of every word that starts
		// there. The byte before i is never a space here.
		var prevAl uint64 // the top bit set if the byte before i is a letter or digit
		if i > pos && asciiKind[src[i-1]] == kindWord {
			prevAl = 0x80
		}
		for i+8 <= len(src) {
			w := binary.LittleEndian.Uint64(src[i:])
			if !plainWord(w, midLine) {
				break
			}
			if heads != nil {
				al := alnumMask(w)
				for starts := al &^ (al<<8 | prevAl); starts != 0; starts &= starts - 1 {
					s := i + bits.TrailingZeros64(starts)>>3
					if !pairs.has(src, s) {
						continue
					}
					var key uint64
					if s+8 <= len(src) {
						w := binary.LittleEndian.Uint64(src[s:])
						key = (w | 0x20*ones) & keepBytes(bits.TrailingZeros64(^alnumMask(w)&highBits)>>3)
					} else {
						_, key = wordAt(src, s)
					}
					if slot := headSlot(key); heads[slot/64]&(1<<(slot%64)) == 0 {
						continue
					}
					if r, good := n.quietWord(src, s, key); !good {
						return 0, edits, false
					} else if r > reach {
						reach = r
					}
				}
				prevAl = al >> 56
			}
			i += 8
			midLine = true
		}
		if i >= len(src) {
			break
		}
		b := src[i]
		switch quickClass[b] {
		case qcWord:
			if i > pos && asciiKind[src[i-1]] == kindWord {
				i++ // inside a word
				continue
			}
			j, key := wordAt(src, i)
			if heads != nil {
				r, good := n.quietWord(src, i, key)
				if !good {
					return 0, edits, false
				}
				reach = max(reach, r)
			}
			i, midLine = j, true
		case qcOther:
			i, midLine = i+1, true
		case qcLF:
			if i-pos >= limit {
				return 0, edits, false // a longer line is cut in segments
			}
			return i + 1, edits, true
		case qcSpace:
			e, good := spaceEdit(src, i, midLine)
			if !good || (e.os < e.oe && e.os < reach) {
				return 0, edits, false
			}
			if e.os < e.oe {
				edits = append(edits, e)
			}
			i = e.oe
		case qcHigh:
			r, size := utf8.DecodeRune(src[i:])
			if r == '\u00A0' {
				e, good := spaceEdit(src, i, midLine)
				if !good || e.os < reach {
					return 0, edits, false
				}
				edits = append(edits, e)
				i = e.oe
				continue
			}
			if !n.passive(r) {
				return 0, edits, false
			}
			i, midLine = i+size, true
		default:
			return 0, edits, false
		}
	}
	return 0, edits, false // the last line, without a line feed, is for segment
}

// quietWord looks up the word that starts at src[s], whose head key is
// key, on the quick path. It returns false if a name there might be
// rewritten or flagged, and otherwise where the text the trie walk read
// ends (s when there was no walk): an edit of spaces from there on leaves
// what the walk read as it was, so the walk's answer holds for the line
// as the clean-up leaves it.
func (n *Normalizer) quietWord(src []byte, s int, key uint64) (reach int, good bool) {
	a := n.tab.auto
	if !a.mayHead(key) {
		return s, true
	}
	end, e, found, stop := a.walk(src, s)
	reach = stop + utf8.UTFMax + 1
	if !found {
		return reach, true
	}
	// A name already in its target spelling, or one the table keeps as
	// it is, changes nothing and is not reported.
	ent := &n.tab.entries[e]
	if ent.layer == "" || (ent.layer != LayerFlag && sameSpelling(string(src[s:end]), ent.target)) {
		return reach, true
	}
	return 0, false
}

// spaceEdit returns the edit of the run of spaces at src[i] (a space, a
// tab or a no-break space), as the clean-up makes it: a run at the start or
// the end of a line goes, another run becomes its first space if that is
// ' ' and one ' ' otherwise. The edit may be empty (a single ' '); its oe
// is the end of the run. good is false if the run ends the text.
func spaceEdit(src []byte, i int, midLine bool) (e lineEdit, good bool) {
	j, good := spaceRun(src, i)
	if !good {
		return e, false
	}
	e = lineEdit{os: i, oe: j}
	switch {
	case !midLine || src[j] == '\n':
	case src[i] == ' ':
		e.os++
	default:
		e.space = true
	}
	return e, true
}

// spaceRun returns the end of the run of spaces, tabs and no-break spaces
// at src[i], and false if the run is not followed by a byte of the line.
func spaceRun(src []byte, i int) (int, bool) {
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t':
			i++
		case src[i] == 0xC2 && i+1 < len(src) && src[i+1] == 0xA0:
			i += 2
		default:
			return i, true
		}
	}
	return i, false
}
