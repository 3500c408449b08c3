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
// footer's. It returns nil when block i is no such strip.
func stripNames(blocks []Block, i int, doc *htmldoc.Doc, lw *lowerWords) []string {
	text := strings.TrimSpace(blocks[i].Text)
	k := strings.IndexAny(text, stripSeps)
	if len(text) > maxStripNamesBytes || k <= 0 || !ownHeadBlock(blocks[i], doc) {
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
