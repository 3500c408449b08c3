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

// quickScan is the state of quickLine over one line.
type quickScan struct {
	n      *Normalizer
	src    []byte
	pos    int        // the line's start
	edits  []lineEdit // the clean-up's edits
	ms     []match    // the matches, as the matcher's scan finds them
	reach  int        // where the text the trie walks read ends
	skipTo int        // the end of the last match: no match starts before it
	rename bool       // a match may be rewritten or flagged
	memo   *walkMemo
}

// quickLine reads the line that starts at src[pos] (a segment start in
// state st with st.midLine false). If it can tell the line's whole
// clean-up, it returns the index after the line's line feed and ok true:
// the line's edits appended to edits (in order, none touching), or, when
// rename is true (then there are no edits), the line is unchanged by the
// clean-up and ms (appended to ms, offsets in the line) holds the
// matcher's matches in it, for the name layers. The state after the line
// is the zero segState. Otherwise ok is false and the line is for segment.
func (n *Normalizer) quickLine(src []byte, pos int, edits []lineEdit, ms []match, memo *walkMemo) (end int, _ []lineEdit, _ []match, rename, ok bool) {
	q := quickScan{n: n, src: src, pos: pos, edits: edits[:0], ms: ms[:0], reach: pos, memo: memo}
	end, ok = q.line()
	return end, q.edits, q.ms, q.rename, ok
}

// line runs quickLine's scan and returns its end and ok.
func (q *quickScan) line() (end int, ok bool) {
	src, pos := q.src, q.pos
	limit := q.n.segLimit()
	var heads *[headBits / 64]uint64 // nil when names are off
	var pairs *pairSet
	if q.n.tab != nil {
		heads, pairs = &q.n.tab.auto.heads, &q.n.tab.auto.pairs
	}
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
					if !q.word(s, key) {
						return 0, false
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
			if heads != nil && q.n.tab.auto.mayHead(key) && !q.word(i, key) {
				return 0, false
			}
			i, midLine = j, true
		case qcOther:
			i, midLine = i+1, true
		case qcLF:
			if i-pos >= limit {
				return 0, false // a longer line is cut in segments
			}
			return i + 1, true
		case qcSpace:
			e, good := spaceEdit(src, i, midLine)
			if !good || (e.os < e.oe && !q.edit(e)) {
				return 0, false
			}
			i = e.oe
		case qcHigh:
			r, size := utf8.DecodeRune(src[i:])
			if r == '\u00A0' {
				e, good := spaceEdit(src, i, midLine)
				if !good || !q.edit(e) {
					return 0, false
				}
				i = e.oe
				continue
			}
			if !q.n.passive(r) {
				return 0, false
			}
			i, midLine = i+size, true
		default:
			return 0, false
		}
	}
	return 0, false // the last line, without a line feed, is for segment
}

// edit adds an edit of spaces, unless it would change text that a trie
// walk read or the line has a name to rewrite: then the line is for the
// full path.
func (q *quickScan) edit(e lineEdit) bool {
	if e.os < q.reach || q.rename {
		return false
	}
	q.edits = append(q.edits, e)
	return true
}

// word walks the trie at the word that starts at src[s], whose head key
// is key and is some key's head, as the matcher's scan would. It returns false if the line is
// for the full path: the match there may be rewritten or flagged, and the
// line has edits. The trie reads the text as the clean-up leaves it: edits
// before s change nothing of what it reads, and those after it must start
// at the walk's reach or later (see edit).
func (q *quickScan) word(s int, key uint64) bool {
	if s < q.skipTo || !q.scanStart(s) {
		return true // the matcher does not start a match here
	}
	end, e, found, stop := q.memo.walk(q.n.tab.auto, q.src, s, key)
	q.reach = max(q.reach, stop+utf8.UTFMax+1)
	if !found {
		return true
	}
	q.ms = append(q.ms, match{start: s - q.pos, end: end - q.pos, entry: e})
	q.skipTo = end
	// A name already in its target spelling, or one the table keeps as
	// it is, changes nothing and is not reported.
	ent := &q.n.tab.entries[e]
	if ent.layer == "" || (ent.layer != LayerFlag && sameSpelling(string(q.src[s:end]), ent.target)) {
		return true
	}
	q.rename = true
	return len(q.edits) == 0
}

// scanStart reports whether the matcher's scan of the line starts a match
// at src[s], an ASCII letter or digit after a byte that is not one: not
// after a web address's or a hashtag's punctuation (see scan). On the quick
// path, the non-ASCII characters before s are all separators.
func (q *quickScan) scanStart(s int) bool {
	if s == q.pos {
		return true
	}
	c := q.src[s-1]
	if c >= utf8.RuneSelf || asciiKind[c] != kindBlock {
		return true
	}
	// A full stop blocks only right after a word.
	return c == '.' && (s-2 < q.pos || asciiKind[q.src[s-2]] != kindWord)
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

// walkMemo remembers trie walks by the bytes they read, for the walks that
// read no more than sixteen bytes: such a walk's result depends on those
// bytes alone. News text names the same few places again and again, and a
// walk costs more than the look-up. A slot is chosen by the word's head
// key and holds the last such walk from a word with that slot. A memo
// belongs to one Normalizer's automaton (it lives in the Normalizer's
// scratch).
type walkMemo [64]struct {
	head, tail uint64 // the bytes read, the rest zero
	read       int8   // how many bytes were read; 0 for an empty slot
	end, stop  int8   // from the start
	found      bool
	entry      int32
}

// walk is a.walk(t, s), from the memo when it can be; key is the head key
// of the word at s.
func (m *walkMemo) walk(a *automaton, t []byte, s int, key uint64) (end, entry int, found bool, stop int) {
	if m == nil || s+16 > len(t) {
		return a.walk(t, s)
	}
	head := binary.LittleEndian.Uint64(t[s:])
	tail := binary.LittleEndian.Uint64(t[s+8:])
	e := &m[headSlot(key)%64]
	if r := int(e.read); r > 0 && e.head == head&keepBytes(min(r, 8)) && e.tail == tail&keepBytes(max(r-8, 0)) {
		return s + int(e.end), int(e.entry), e.found, s + int(e.stop)
	}
	end, entry, found, stop = a.walk(t, s)
	if r := stop + utf8.UTFMax + 1 - s; r <= 16 {
		e.head, e.tail, e.read = head&keepBytes(min(r, 8)), tail&keepBytes(max(r-8, 0)), int8(r)
		e.end, e.stop, e.found, e.entry = int8(end-s), int8(stop-s), found, int32(entry)
	}
	return end, entry, found, stop
}
