package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// stripNames reads the names that open a byline strip near the title
// without "By", before a bar, a bullet or a middle dot, when the rest of
// the strip gives a reading time or a date, as blogs' and newsletters'
// strips print them: "Jane Doe · 7 min read", "Jane Doe and John Roe ·
// Jun 3, 2025 · 4 min read". A name alone is read here only before a
// reading time ([nameByDate] reads it before a date); two to six names
// joined by commas, "and" or "&" before either. Each name has a person's
// shape ([personShaped]) and no word the page writes in lower case
// ([cardLower]), and the block is no list's, navigation's, aside's or
// footer's. With no "By", a name's shape is not enough ("Climate Change ·
// 5 min read" is a topic's, "San Francisco · 5 min read" a place's): the
// strip's element is marked as the author's or the byline's ([marked]:
// its class, an author's link inside it). It returns nil when block i is
// no such strip.
func stripNames(blocks []Block, i int, doc *htmldoc.Doc, lw *lowerWords) []string {
	text := strings.TrimSpace(blocks[i].Text)
	if len(text) > maxStripNamesBytes {
		return nil
	}
	k := stripSepIndex(text)
	if k <= 0 || !ownHeadBlock(blocks[i], doc) || !marked(doc, blocks[i]) {
		return nil
	}
	head, rest := strings.TrimSpace(text[:k]), text[k:]
	var names []string
	for _, part := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(head, " and ", ", "), " & ", ", "), ",") {
		n := strings.TrimSpace(part)
		if !personShaped(n) || cardLower(blocks, n, lw) {
			return nil
		}
		names = append(names, n)
	}
	if len(names) > 6 {
		return nil
	}
	if holdsReadTime(rest) {
		return names
	}
	if _, _, ok := findDateStamp(rest); ok && len(names) >= 2 {
		return names
	}
	return nil
}

// maxStripNamesBytes bounds the strips [stripNames] reads: six names, a
// date and a reading time fit.
const maxStripNamesBytes = 200

// stripSepIndex returns the index of the first of [stripSeps] in s, or -1:
// by byte searches, as strings.IndexAny with its non-ASCII set decodes
// every rune.
func stripSepIndex(s string) int {
	k := strings.IndexByte(s, '|')
	for _, sep := range [...]string{"•", "·"} {
		if j := strings.Index(s, sep); j >= 0 && (k < 0 || j < k) {
			k = j
		}
	}
	return k
}
