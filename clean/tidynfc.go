package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/normalize"
	"golang.org/x/text/unicode/norm"
)

// tidyNFC composes t, the text tidyBlanks made of a page with edits, to NFC
// as the normaliser composes it (the spans [normalize.NFCSpans] yields), and
// returns the composed text with the edits from the page to it. Anything
// the detectors decide on a line's characters is then decided on the
// characters the article prints: a line of Hebrew presentation forms
// (U+FB30, ALEF WITH DAGESH, is printed U+05D0 U+05BC, a letter and a mark)
// was one word a letter run to the first pass and a word per letter to a
// second pass over the text output, prose on one and a headline on the
// other. Compatibility forms (Arabic presentation forms, fullwidth letters,
// ligatures) are not the normaliser's to change, nor this.
//
// Text already in NFC, nearly every page, is returned as it is after one
// pass over its bytes.
func tidyNFC(t string, edits []tidyEdit) (string, []tidyEdit) {
	if norm.NFC.IsNormalString(t) {
		return t, edits
	}
	var b strings.Builder
	b.Grow(len(t) + len(t)/8)
	out := make([]tidyEdit, 0, len(edits)+8)
	k := 0     // edits[:k] are passed on
	delta := 0 // an offset of t not inside an edit, past edits[:k], is offset+delta of the page
	done := 0  // t[:done] is written
	pass := func(e tidyEdit) {
		delta = e.to - (e.at + e.width)
		e.at += b.Len() - done // t[done:e.at] is written unchanged
		out = append(out, e)
		k++
	}
	var buf []byte
	for gs, ge := range normalize.NFCSpans([]byte(t)) {
		// The span's edges NFC leaves as they are stay out of the
		// edit: " \u0340" is a space and U+0300, and a block may start
		// after the space.
		buf = norm.NFC.AppendString(buf[:0], t[gs:ge])
		head, tail := sameEdges(t[gs:ge], buf)
		rep := buf[head : len(buf)-tail]
		gs, ge = gs+head, ge-tail
		for k < len(edits) && edits[k].at+edits[k].width <= gs {
			pass(edits[k])
		}
		// The edits inside the span (a removed invisible character, a
		// space or a look-alike: one character of t at most) join it.
		from, to := gs+delta, 0
		s, e := gs, ge
		first := k
		for k < len(edits) && edits[k].at < ge {
			ed := edits[k]
			if k == first && ed.width > 0 && ed.at <= gs {
				s, from = ed.at, ed.from
			}
			e = max(e, ed.at+ed.width)
			delta = ed.to - (ed.at + ed.width)
			k++
		}
		to = e + delta
		if k > first {
			if last := edits[k-1]; last.width > 0 && last.at+last.width == e {
				to = last.to
			}
		}
		b.WriteString(t[done:s])
		at := b.Len()
		b.WriteString(t[s:gs])
		b.Write(rep)
		b.WriteString(t[ge:e])
		out = append(out, tidyEdit{at: at, width: b.Len() - at, from: from, to: to})
		done = e
	}
	for k < len(edits) {
		pass(edits[k])
	}
	b.WriteString(t[done:])
	return b.String(), out
}

// sameEdges returns how many bytes at the start (head) and at the end (tail)
// of s and its composed form c are the same, whole characters, not
// overlapping.
func sameEdges(s string, c []byte) (head, tail int) {
	n := min(len(s), len(c))
	for head < n && s[head] == c[head] {
		head++
	}
	for head > 0 && head < len(s) && !utf8.RuneStart(s[head]) {
		head--
	}
	n -= head
	for tail < n && s[len(s)-1-tail] == c[len(c)-1-tail] {
		tail++
	}
	for tail > 0 && tail < len(s)-head && !utf8.RuneStart(s[len(s)-tail]) {
		tail--
	}
	return head, tail
}
