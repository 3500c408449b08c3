package clean

import (
	"strings"
	"unicode/utf8"
)

// tidySpace returns flattened text with the white space inside its lines as
// the article's text will have it: tabs, no-break and the other Unicode
// spaces become a space, a run of spaces becomes one, and the invisible
// characters the normaliser always removes (soft hyphen, zero-width space,
// word joiner, byte-order mark) go. Line breaks stay where they are.
//
// The detectors read a line as it is cut here. Had they read it untidied,
// a credit or a dateline with two spaces in it would escape them, stay in
// the body, come out of the normaliser with one space, and be found on a
// second pass over the text output: the output would not be a fixed point.
// Once they have labelled the page, [untidy] gives each block its text as
// the input has it, so that the normaliser still sees, and records, every
// change it makes. Text that needs nothing is returned as it is, after one
// pass over its bytes.
func tidySpace(src string) string {
	i := untidyAt(src, 0)
	if i < 0 {
		return src
	}
	var b strings.Builder
	b.Grow(len(src))
	b.WriteString(src[:i])
	tidyFrom(&b, src, i, i > 0 && src[i-1] == ' ', nil)
	return b.String()
}

// tidyFrom writes src[i:] to b tidied as tidySpace does; space says whether
// the byte before i was a space. With pos, it also appends, for each byte it
// writes, that byte's offset in src.
func tidyFrom(b *strings.Builder, src string, i int, space bool, pos *[]int) {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				if !space {
					b.WriteByte(' ')
					mark(pos, i, 1)
				}
				space = true
			default:
				b.WriteByte(c)
				mark(pos, i, 1)
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case isOddSpace(r):
			if !space {
				b.WriteByte(' ')
				mark(pos, i, 1)
			}
			space = true
		case isInvisible(r):
			// dropped; the space state carries over it
		default:
			b.WriteString(src[i : i+n])
			mark(pos, i, n)
			space = false
		}
		i += n
	}
}

// mark appends to pos, when there is one, the offset at of each of the n
// bytes just written.
func mark(pos *[]int, at, n int) {
	if pos == nil {
		return
	}
	for k := range n {
		*pos = append(*pos, at+k)
	}
}

// untidy gives the blocks cut from tidied text (tidySpace of src) their
// text as src has it: each block's text and column are mapped back through
// its line's tidying, which keeps every character the block covers (the
// odd spaces and invisible characters inside it included). Only the lines
// that tidying changed are mapped; the work is linear in their length.
func untidy(blocks []Block, src, tidied string) {
	srcLines, tidyLines := lineStarts(src), lineStarts(tidied)
	if len(srcLines) != len(tidyLines) {
		return // cannot happen: tidying keeps line breaks
	}
	line := -1
	var orig, tidy string
	var pos []int
	var b strings.Builder
	for k := range blocks {
		bk := &blocks[k]
		if bk.Line < 1 || bk.Line > len(srcLines) {
			continue
		}
		if bk.Line != line {
			line = bk.Line
			orig, tidy = lineAt(src, srcLines, line), lineAt(tidied, tidyLines, line)
			pos = pos[:0]
			if orig != tidy {
				b.Reset()
				tidyFrom(&b, orig, 0, false, &pos)
				if b.String() != tidy {
					pos = pos[:0] // tidied with the line before it in view: leave it
				}
			}
		}
		end := bk.Col + len(bk.Text)
		if len(pos) == 0 || bk.Text == "" || bk.Col < 0 || end > len(tidy) || tidy[bk.Col:end] != bk.Text {
			continue // an untouched line, or a block whose text a stage rewrote
		}
		// From just after the tidied byte before the block (so that what
		// tidying dropped in between lands in this block) to just after
		// its last byte, or to the line's end for the line's last block;
		// the spaces at either end stay outside, as segmentText has them.
		from, to := 0, len(orig)
		if bk.Col > 0 {
			from = pos[bk.Col-1] + 1
			for from < len(orig) && !utf8.RuneStart(orig[from]) {
				from++ // past the rest of an odd space that became one byte
			}
		}
		if end < len(tidy) {
			to = pos[end-1] + 1
		}
		text := strings.TrimLeftFunc(orig[from:to], isSpace)
		from = to - len(text)
		bk.Text, bk.Col = strings.TrimRightFunc(text, isSpace), from
	}
}

// lineStarts returns the offset where each of src's lines starts (lines
// end at "\n", as segmentText cuts them).
func lineStarts(src string) []int {
	starts := make([]int, 1, strings.Count(src, "\n")+1)
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineAt returns line n (1-based) of src, given its lineStarts.
func lineAt(src string, starts []int, n int) string {
	end := len(src)
	if n < len(starts) {
		end = starts[n] - 1
	}
	return src[starts[n-1]:end]
}

// untidyAt returns the offset, from i on, of the first character tidySpace
// changes, or -1 when there is none.
func untidyAt(src string, i int) int {
	for ; i < len(src); i++ {
		switch c := src[i]; {
		case c == ' ':
			if i+1 < len(src) && src[i+1] == ' ' {
				return i
			}
		case c == '\t' || c == '\v' || c == '\f':
			return i
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF:
			// the lead bytes of every character tidySpace changes
			r, _ := utf8.DecodeRuneInString(src[i:])
			if isOddSpace(r) || isInvisible(r) {
				return i
			}
		}
	}
	return -1
}

// isOddSpace reports whether r is a space other than U+0020 that the
// normaliser turns into one (a tab is handled byte by byte).
func isOddSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return true
	}
	return '\u2000' <= r && r <= '\u200A'
}

// isInvisible reports whether r is an invisible character the normaliser
// removes wherever it stands: soft hyphen, zero-width space, word joiner,
// byte-order mark, Mongolian vowel separator.
func isInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u2060', '\uFEFF', '\u180E':
		return true
	}
	return false
}
