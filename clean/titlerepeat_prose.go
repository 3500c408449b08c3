package clean

import "strings"

// gluedProse reports whether rest, what follows the copy of a title glued
// to a paragraph, reads as the lede: six words or more, or a closed
// sentence of three. A word or two after it ("Overview", "Recap", "Pro
// Max") make a menu's next entry that starts with the entry above it, not
// a headline printed twice.
func gluedProse(rest string) bool {
	rest = strings.TrimSpace(rest)
	return hasWords(rest, 6) || hasWords(rest, 3) && (endsSentence(rest) || strings.HasSuffix(rest, "…"))
}
