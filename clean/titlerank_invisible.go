package clean

import "strings"

// A heading or a metadata title may carry characters that print nothing:
// the soft hyphen a CMS sets in a long word ("Stadt&shy;bibliothek"), the
// zero-width space an editor pastes or a theme sets after a slash so that
// a line may break there, the word joiner, and the byte-order mark a text
// copied from a file opens with. A reader's title holds none of them; they
// come off every title candidate before it is compared or kept.

// titleInvisibles are the characters [withoutInvisibles] drops: the soft
// hyphen, the zero-width space, the word joiner and the zero-width
// no-break space (the byte-order mark). The zero-width joiner and
// non-joiner shape the letters of several scripts and stay.
var titleInvisibles = [...]string{"\u00ad", "\u200b", "\u2060", "\ufeff"}

// withoutInvisibles returns s without [titleInvisibles], with the spaces
// they stood between collapsed into one; s itself when it holds none (a
// search of each one's bytes, no rune decoded).
func withoutInvisibles(s string) string {
	found := false
	for _, c := range titleInvisibles {
		if strings.Contains(s, c) {
			s = strings.ReplaceAll(s, c, "")
			found = true
		}
	}
	if !found {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
