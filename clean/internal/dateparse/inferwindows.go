package dateparse

import "encoding/binary"

// The year scan's windows. Whatever the scan takes from a paragraph is
// anchored on a year or a weekday: a year mention is a year token, a dated
// event ends with one ("D Month[.][,] YYYY", "Month[.] D[,] YYYY", "Month
// of YYYY", "DD.MM.YYYY": at most four tokens before it), and a weekday
// mention is a trigger word and a weekday's full name, which ends in "day".
// scanWindows lexes the tokens around each anchor and joins the windows
// with a gap token, so that a paragraph of prose with a year in it is
// lexed for a dozen tokens, not a hundred.

// gapTok stands between two windows that do not meet: no pattern of the
// scan reads it (no kind but punctuation, no rune, adjacent to nothing).
var gapTok = tok{kind: tPunct, val: -1, start: -1, end: -1}

// scanWindows appends to toks the tokens of p around its anchors: from at
// least four tokens before each year (a maximal run of four digits that
// reads as a year) through the token after it, and from at least the
// token before each "day" that may end a weekday's name through the token
// that holds it; gapTok between windows that do not meet. Each window
// starts where p's lexer would be at a token's start: at p's start, right
// after an ASCII blank, or where the window before ended; so its tokens
// are p's tokens, and each of p's tokens is appended at most once, in
// order. The walk back to a window's start stops at the end of the window
// before: each byte is walked over at most twice.
func scanWindows(p string, toks []tok) []tok {
	lx := lexer{s: p}
	for q := 0; ; {
		at, end, back, after := nextAnchor(p, q)
		if at < 0 {
			return toks
		}
		start := chunksBack(p, at, back, lx.i)
		if start > lx.i {
			if len(toks) > 0 {
				toks = append(toks, gapTok)
			}
			lx.i = start
		}
		// through the token that holds p[end-1], then after more
		for lx.i < end {
			t, ok := lx.next()
			if !ok {
				return toks
			}
			toks = append(toks, t)
		}
		for ; after > 0; after-- {
			t, ok := lx.next()
			if !ok {
				return toks
			}
			toks = append(toks, t)
		}
		// The next anchor may be in a token already lexed (the one
		// after a year): its window then starts where this one ends.
		q = end
	}
}

// nextAnchor finds the first anchor that starts at or after q: a year,
// p[at:end], with four chunks of tokens wanted before it and one token
// after; or the "day" of a weekday, p[at:end], with one chunk before.
// at is -1 when there is none.
func nextAnchor(p string, q int) (at, end, back, after int) {
	run := 0
	for i := q; i <= len(p); i++ {
		// Eight bytes at a time while they hold no digit and no "day"
		// (no run of digits is open, so nothing ends in them).
		for run == 0 && i+8 <= len(p) {
			w := binary.LittleEndian.Uint64([]byte(p[i : i+8]))
			if !quietWord(w, true) && !quietDay(p, i, w) {
				break
			}
			i += 8
		}
		if i < len(p) && p[i] >= '0' && p[i] <= '9' {
			run++
			continue
		}
		if run == 4 && (i-4 == 0 || p[i-5] < '0' || p[i-5] > '9') && yearRun(p[i-4:i]) {
			return i - 4, i, 4, 1
		}
		run = 0
		if i < len(p) && p[i]|0x20 == 'y' && i >= 3 && i-2 >= q && p[i-1]|0x20 == 'a' && p[i-2]|0x20 == 'd' && weekdayBeforeDay[p[i-3]] {
			return i - 2, i + 1, 1, 0
		}
	}
	return -1, 0, 0, 0
}

// chunksBack returns where a window for an anchor at p[at] starts: the
// start of the chunk (a stretch between ASCII blanks) that holds p[at],
// then back over n more chunks that hold a token for sure (an ASCII byte
// that is no blank; a chunk of other bytes may be only Unicode spaces and
// is walked over uncounted); never before floor.
func chunksBack(p string, at, n, floor int) int {
	i := at
	for i > floor && !lexBlank(p[i-1]) {
		i-- // the anchor's own chunk
	}
	for n > 0 && i > floor {
		for i > floor && lexBlank(p[i-1]) {
			i--
		}
		counted := false
		for i > floor && !lexBlank(p[i-1]) {
			i--
			if p[i] < 0x80 {
				counted = true
			}
		}
		if counted {
			n--
		}
	}
	return max(i, floor)
}

// lexBlank reports whether c is an ASCII blank that the lexer skips.
func lexBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
