package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// teaserLabelPairs marks the first two bytes, in lower case, of the labels
// of teaserLabels that open with two ASCII bytes ("re" of "read more"):
// mayOpenTeaserLabel's test of a line's opening before the separator
// search and the lowering.
var teaserLabelPairs = func() (t [128][128]bool) {
	for k := range teaserLabels {
		if len(k) >= 2 && k[0] < utf8.RuneSelf && k[1] < utf8.RuneSelf {
			t[k[0]][k[1]] = true
		}
	}
	return t
}()

// mayOpenTeaserLabel reports whether s, which opens with no space, may
// open with a label of teaserLabels in any case: its first byte is one a
// label opens with (teaserLabelFirst) and, where its first two bytes are
// ASCII, they are, in lower case, a label's first two (teaserLabelPairs).
// A byte past ASCII passes: its lower case (strings.ToLower) may differ in
// its bytes ("İ" is "i̇").
func mayOpenTeaserLabel(s string) bool {
	if s == "" || !teaserLabelFirst[s[0]] {
		return false
	}
	if len(s) < 2 || s[0] >= utf8.RuneSelf || s[1] >= utf8.RuneSelf {
		return true
	}
	return teaserLabelPairs[lowerASCII(s[0])][lowerASCII(s[1])]
}

// maxFoldedLabelBytes is the stack buffer lookupTeaserLabel lowers a
// label in: a label of maxTeaserLabelBytes and room for letters whose
// lower case is longer.
const maxFoldedLabelBytes = 2 * maxTeaserLabelBytes

// lookupTeaserLabel looks label up in teaserLabels in lower case, as
// teaserLabels[strings.ToLower(label)] would (unicode.ToLower rune by
// rune), without allocating for a label of up to maxFoldedLabelBytes
// bytes in lower case.
func lookupTeaserLabel(label string) (pairs, ok bool) {
	var buf [maxFoldedLabelBytes]byte
	return lookupFolded(teaserLabels, label, buf[:0])
}

// lookupFolded looks s up in m in lower case (strings.ToLower's),
// lowering it into buf: the lookup of a converted byte slice allocates
// nothing.
func lookupFolded(m map[string]bool, s string, buf []byte) (v, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			buf = append(buf, lowerASCII(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	v, ok = m[string(buf)]
	return v, ok
}

// maxAdMarkerBytes is the longest word, in bytes, isAdMarkerTail looks
// up: room for adMarkerWords' longest ("advertisements", and "реклама" in
// Cyrillic's two bytes a letter, are 14).
const maxAdMarkerBytes = 16

// isAdMarkerTail reports whether s, but for spaces around it, is an
// advertisement's marker of adMarkerWords in any case. It lowers only a
// single word of at most maxAdMarkerBytes bytes.
func isAdMarkerTail(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxAdMarkerBytes || strings.IndexByte(s, ' ') >= 0 {
		return false
	}
	var buf [2 * maxAdMarkerBytes]byte
	v, _ := lookupFolded(adMarkerWords, s, buf[:0])
	return v
}
