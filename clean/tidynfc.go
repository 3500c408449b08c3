package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
	"golang.org/x/text/unicode/norm"
)

// tidyNFC composes t, the text tidyBlanks made of a page, to NFC as the
// normaliser composes it (the spans [uchar.NFCSpans] yields), and
// returns the composed text with the edits from t to it. Anything the
// detectors decide on a line's characters is then decided on the
// characters the article prints: a line of Hebrew presentation forms
// (U+FB30, ALEF WITH DAGESH, is printed U+05D0 U+05BC, a letter and a mark)
// was one word a letter run to the first pass and a word per letter to a
// second pass over the text output, prose on one and a headline on the
// other. Compatibility forms (Arabic presentation forms, fullwidth letters,
// ligatures) are not the normaliser's to change, nor this.
//
// Text already in NFC, nearly every page, is returned as it is after one
// pass over its bytes.
func tidyNFC(t string) (string, []tidyEdit) {
	if !mayChangeNFC(t) || norm.NFC.IsNormalString(t) {
		return t, nil
	}
	var b strings.Builder
	b.Grow(len(t) + len(t)/8)
	var edits []tidyEdit
	done := 0 // t[:done] is written
	var buf []byte
	for gs, ge := range uchar.NFCSpans([]byte(t)) {
		// The span's edges NFC leaves as they are stay out of the
		// edit: " \u0340" is a space and U+0300, and a block may start
		// after the space.
		buf = norm.NFC.AppendString(buf[:0], t[gs:ge])
		head, tail := sameEdges(t[gs:ge], buf)
		gs, ge = gs+head, ge-tail
		b.WriteString(t[done:gs])
		edits = append(edits, tidyEdit{at: b.Len(), width: len(buf) - head - tail, from: gs, to: ge})
		b.Write(buf[head : len(buf)-tail])
		done = ge
	}
	b.WriteString(t[done:])
	return b.String(), edits
}

// mayChangeNFC reports whether NFC might change s: false when s holds only
// ASCII and the characters of nfcInert, read thirty-two or eight bytes of
// ASCII at a time. Text in the scripts most pages here are written in
// (Latin, Cyrillic, Armenian, Georgian, with typographic punctuation) is
// then passed over without NFC's tables; text with any other character is
// left to norm.NFC.IsNormalString.
func mayChangeNFC(s string) bool {
	for i := 0; i < len(s); {
		// a line's worth of ASCII in one test, the 32 bytes sliced once
		// so that the four loads carry no bounds checks of their own
		for i+32 <= len(s) {
			w := s[i : i+32]
			if (load8(w[:8])|load8(w[8:16])|load8(w[16:24])|load8(w[24:32]))&highs != 0 {
				break
			}
			i += 32
		}
		if i >= len(s) {
			break
		}
		if i+8 <= len(s) && load8(s[i:])&highs == 0 {
			i += 8
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcInert(r) {
			return true
		}
		i += n
	}
	return false
}

// nfcInert reports whether r is in one of the blocks of letters and
// punctuation whose every character NFC leaves as it is whatever surrounds
// it, but for a combining mark after it (which is not inert): Latin-1 to
// the spacing modifier letters, Cyrillic but for its combining marks,
// Armenian letters and punctuation, Georgian, general punctuation,
// currency signs and the symbols pages use as icons. TestNFCInert checks
// every character of them.
func nfcInert(r rune) bool {
	switch {
	case r < 0xA0:
		return r < 0x80 // C1 controls: left to the tables
	case r < 0x300, 0x400 <= r && r <= 0x482, 0x48A <= r && r <= 0x52F, 0x531 <= r && r <= 0x58A,
		0x10A0 <= r && r <= 0x10FF, 0x2010 <= r && r <= 0x205E, 0x20A0 <= r && r <= 0x20C0:
		return true
	case r < 0x2100:
		return false
	}
	// letterlike symbols, arrows, mathematical and technical signs,
	// shapes, dingbats (not the singletons U+2126, U+212A, U+212B, U+2329,
	// U+232A and U+2ADC), CJK punctuation, the private use area (icon fonts),
	// emoji
	return r <= 0x2125 || 0x2127 <= r && r <= 0x2129 || 0x212C <= r && r <= 0x2328 || 0x232B <= r && r <= 0x2ADB || 0x2ADD <= r && r <= 0x2BFF ||
		0x3000 <= r && r <= 0x3029 || 0xE000 <= r && r <= 0xF8FF || 0x1F000 <= r && r <= 0x1FAFF
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
