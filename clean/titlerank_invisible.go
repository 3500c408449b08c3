package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/uchar"
)

// A heading or a metadata title may carry characters that print nothing:
// the soft hyphen a CMS sets in a long word ("Stadt&shy;bibliothek"), the
// zero-width space an editor pastes or a theme sets after a slash so that
// a line may break there, the word joiner, and the byte-order mark a text
// copied from a file opens with. A reader's title holds none of them; they
// come off every title candidate before it is compared or kept.

// titleInvisibles are the characters past ASCII [withoutInvisibles] drops:
// those [uchar.IsInvisible] accepts (the normaliser removes them from every
// line of text), the soft hyphen, the zero-width space, the word joiner,
// the zero-width no-break space (the byte-order mark) and the Mongolian
// vowel separator; it drops the C0 controls too, a byte each
// ([uchar.IsControl]). The zero-width joiner and non-joiner shape the
// letters of several scripts and stay. TestTitleInvisiblesAreUchars ties
// the set to uchar.IsInvisible.
var titleInvisibles = [...]string{"\u00ad", "\u200b", "\u2060", "\ufeff", "\u180e"}

// withoutInvisibles returns s without [titleInvisibles], the run of
// spaces on both sides of each (or of a run of them) collapsed into one
// space; other whitespace stays as it is. It returns s itself when it
// holds none (holdsInvisible: one pass over its bytes, no rune decoded).
func withoutInvisibles(s string) string {
	if !holdsInvisible(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if invisibleAt(s[i:]) == 0 {
			out = append(out, s[i])
			i++
			continue
		}
		// A run of invisibles and spaces, and the spaces before it: one
		// space if any of them is a space.
		space := false
		for len(out) > 0 && out[len(out)-1] == ' ' {
			out, space = out[:len(out)-1], true
		}
		for i < len(s) {
			if n := invisibleAt(s[i:]); n > 0 {
				i += n
			} else if s[i] == ' ' {
				i, space = i+1, true
			} else {
				break
			}
		}
		if space {
			out = append(out, ' ')
		}
	}
	return string(out)
}

// holdsInvisible reports whether s holds one of [titleInvisibles] or a C0
// control, in one pass over its bytes: a byte below 0x20 is a control or
// not, and a byte that opens one of titleInvisibles (C2, E1, E2, EF) is
// held against those it opens (no rune decoded).
func holdsInvisible(s string) bool {
	for i := range len(s) {
		switch b := s[i]; {
		case b < 0x20:
			if uchar.IsControl(rune(b)) {
				return true
			}
		case b >= 0xc2:
			for _, c := range titleInvisibles {
				if c[0] == b && strings.HasPrefix(s[i:], c) {
					return true
				}
			}
		}
	}
	return false
}

// invisibleAt returns the length of the [titleInvisibles] character or
// the C0 control s opens with, or 0.
func invisibleAt(s string) int {
	if s != "" && s[0] < 0x20 && uchar.IsControl(rune(s[0])) {
		return 1
	}
	if len(s) < 2 || s[0] < 0xc2 {
		return 0
	}
	for _, c := range titleInvisibles {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	return 0
}
