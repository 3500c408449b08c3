package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kickerBefore reports whether before, the text a visible headline prints
// ahead of the metadata's title t, is a kicker set inside the headline's
// element: a span over the headline that the page's style puts on a line
// of its own, so that the element's text runs it into the headline
// without a space ("Trade talksMinisters agree on a grain route"). The
// glue is the evidence: one to five words opening with a capital, no
// digits or brackets, ending in a letter right before t's capital. With a
// space between, the words are as often the headline's own (a brand
// before a product's name, "The" before "Best Cameras of 2026"), and the
// headline is left whole.
func kickerBefore(before, t string) bool {
	k := strings.TrimSpace(before)
	if k != before || wordCount(k) > 5 || wordCount(t) < 4 || strings.ContainsAny(k, "()[]{}0123456789") {
		return false
	}
	lead, _ := utf8.DecodeRuneInString(k)
	last, _ := utf8.DecodeLastRuneInString(k)
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(lead) && unicode.IsLetter(last) && !unicode.IsUpper(last) && unicode.IsUpper(first)
}
