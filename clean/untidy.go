package clean

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Mapping back: the blocks cut from the tidied text get their text as the
// page has it, through the edits tidySpace made.

// untidy gives the blocks cut from tidied text their text as src has it:
// each block's ends are mapped back through the edits tidySpace made, so a
// block keeps every character it covers (the odd spaces and invisible
// characters inside it included), and the invisible characters just after
// it join it. The work is a few binary searches per block: a line's start
// in src is mapped from its start in tidied text like any other offset (no
// edit starts at a line's start, where tidySpace leaves blanks alone).
func untidy(blocks []Block, src, tidied string, edits tidyEdits) {
	tidyLines := lineStarts(tidied)
	// The blocks come in page order, so each kind of offset mapped grows
	// from one block to the next: a cursor per kind walks the edits once.
	starts, ends, lines := edits.cursor(true), edits.cursor(false), edits.cursor(true)
	for k := range blocks {
		bk := &blocks[k]
		if bk.Line < 1 || bk.Line > len(tidyLines) || bk.Text == "" || bk.Col < 0 {
			continue
		}
		lineAt := tidyLines[bk.Line-1]
		t0 := lineAt + bk.Col
		t1 := t0 + len(bk.Text)
		if t1 > len(tidied) || tidied[t0:t1] != bk.Text {
			continue // a block whose text a stage rewrote keeps it
		}
		from, to := starts.orig(t0), ends.orig(t1)
		for to < len(src) {
			// the invisible characters right after it join it, so that
			// none falls between two blocks
			r, n := utf8.DecodeRuneInString(src[to:])
			if !isInvisible(r) {
				break
			}
			to += n
		}
		srcLineAt := lines.orig(lineAt)
		if from-srcLineAt == t0-lineAt && src[from:to] == bk.Text {
			continue // nothing tidied inside it (NFC may have grown text before it)
		}
		text := trimLeftEdge(src[from:to])
		bk.Text = trimRightEdge(text)
		bk.Col = to - len(text) - srcLineAt
	}
}

// cursor returns an editsCursor over e's two steps, for block starts
// (start) or ends.
func (e tidyEdits) cursor(start bool) editsCursor {
	return editsCursor{nfc: origCursor{edits: e.nfc, start: start}, blanks: origCursor{edits: e.blanks, start: start}}
}

// editsCursor maps offsets of the tidied text to the page through the two
// steps of tidySpace's edits (NFC's, then the blanks'), for offsets that
// mostly grow from one call to the next: each step's edits are walked
// forward from where the last call left them, rather than searched.
type editsCursor struct {
	nfc, blanks origCursor
}

// orig maps offset t of the tidied text to the page.
func (c *editsCursor) orig(t int) int { return c.blanks.orig(c.nfc.orig(t)) }

// origCursor maps offsets of a text one step's edits made to the text they
// were made on: a block's first byte (start) or the end of its last byte
// (!start, where an edit that begins right there is not the block's). n
// is the number of edits whose tidied bytes begin before t (or at t, for a
// start) for the t of the last call, so that a larger t walks on from
// there and a smaller one is searched for.
type origCursor struct {
	edits []tidyEdit
	start bool
	t, n  int
}

// orig maps offset t through c's edits.
func (c *origCursor) orig(t int) int {
	if t < c.t {
		c.n = sort.Search(len(c.edits), func(k int) bool { return c.edits[k].at > t || !c.start && c.edits[k].at == t })
	} else {
		for c.n < len(c.edits) && (c.edits[c.n].at < t || c.start && c.edits[c.n].at == t) {
			c.n++
		}
	}
	c.t = t
	return origFrom(c.edits, c.n, t)
}

// origFrom maps offset t through edits given n, the number of edits whose
// tidied bytes begin before t (or at t, for a start).
func origFrom(edits []tidyEdit, n, t int) int {
	if n == 0 {
		return t
	}
	e := edits[n-1]
	if t < e.at+e.width {
		return e.from // inside the one space: cannot be a block's edge
	}
	return e.to + t - (e.at + e.width)
}

// lineStarts returns the offset where each of src's lines starts (lines
// end at "\n", as segmentText cuts them).
func lineStarts(src string) []int {
	starts := make([]int, 1, strings.Count(src, "\n")+1)
	for i := strings.IndexByte(src, '\n'); i >= 0; {
		starts = append(starts, i+1)
		j := strings.IndexByte(src[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return starts
}
