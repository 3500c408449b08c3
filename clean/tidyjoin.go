package clean

import (
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// The joiner-like characters (direction marks, zero-width joiners) in a
// run of blanks: which the normaliser keeps, as tidySpace must know to
// print a line as the normaliser will.

// joinersKept returns the end of the joiner-like characters (direction
// marks, zero-width joiners) the normaliser keeps at the start of the run
// of blanks src[start:end], with the invisible characters among them (which
// it removes), or start when it keeps none. Inside a line it keeps those
// before the run's first space when the character before the run or the
// one after them needs them (see [uchar.KeepsJoiner]), and removes the
// rest with the spaces and the invisible characters around them:
// "a\u200eb" is printed "ab", one word, "\u0627\u200c\u0628" as it is.
// At a line's edge (edge), segmentText trims the run as the normaliser
// does (see trimLeftEdge), and the part it may keep is returned, for the
// invisible characters in it to go: at the line's start the whole run (the
// kept joiners are the last ones before the line's first visible
// character, with the invisible characters after them), at its end the
// run up to its last joiner-like character.
func joinersKept(src string, start, end int, lineStart, edge bool, memo *prevMemo) int {
	if lineStart {
		return end
	}
	if edge {
		last := start
		for k := start; k < end; {
			r, n := utf8.DecodeRuneInString(src[k:])
			k += n
			if uchar.IsJoinerLike(r) {
				last = k
			}
		}
		return last
	}
	lead := start
	for lead < end {
		r, n := utf8.DecodeRuneInString(src[lead:])
		if r == ' ' || r == '\t' || r == '\v' || r == '\f' || isOddSpace(r) {
			break
		}
		lead += n
	}
	prev := memo.prev(src, start)
	next := rune(' ')
	if lead == end {
		next, _ = utf8.DecodeRuneInString(src[end:])
	}
	if !uchar.KeepsJoiner(prev, next) {
		return start
	}
	return lead
}

// invisibleRun returns the first run of invisible characters in s from k
// on, as its start and end (both len(s) when there is none).
func invisibleRun(s string, k int) (int, int) {
	g := k
	for g < len(s) {
		r, n := utf8.DecodeRuneInString(s[g:])
		if isInvisible(r) {
			break
		}
		g += n
	}
	h := g
	for h < len(s) {
		r, n := utf8.DecodeRuneInString(s[h:])
		if !isInvisible(r) {
			break
		}
		h += n
	}
	return g, h
}

// joinerPrev returns the character the normaliser reads as the one before
// a run of joiner-like characters that starts at the end of s: the last
// that is not a joiner-like or an invisible character, nor an inherited
// mark (see [uchar.IsInheritedMark]; '\n' at the start of the text).
// It reads back over those, as far as they go.
func joinerPrev(s string) rune {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !passedOver(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return '\n'
}

// passedOver reports whether joinerPrev reads back over r.
func passedOver(r rune) bool {
	return uchar.IsJoinerLike(r) || isInvisible(r) || uchar.IsInheritedMark(r)
}

// prevMemo is joinerPrev at increasing offsets of one text, each call
// reading back no further than the offset of the one before, whose answer
// it then takes: the text is read once, however many runs of joiners and
// marks alternate in it.
type prevMemo struct {
	at int  // the offset of the last call
	r  rune // its answer
	ok bool // there was one
}

// prev is joinerPrev(src[:start]).
func (m *prevMemo) prev(src string, start int) rune {
	r := '\n'
	for i := start; i > 0; {
		if m.ok && i == m.at {
			r = m.r
			break
		}
		c, n := utf8.DecodeLastRuneInString(src[:i])
		if !passedOver(c) {
			r = c
			break
		}
		i -= n
	}
	m.at, m.r, m.ok = start, r, true
	return r
}

// hasJoinerLike reports whether s holds a joiner-like character.
func hasJoinerLike(s string) bool {
	for _, r := range s {
		if uchar.IsJoinerLike(r) {
			return true
		}
	}
	return false
}
