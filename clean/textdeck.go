package clean

import "strings"

// The deck is the standfirst under the headline: a line of its own that
// sums up the story. A line between the headline and the story that ends
// in a colon is none: it introduces what is printed under it, a widget's
// items ("All sharing options for:" over the headline again and the
// networks' names, "Listen to this article:") or a list.

// deckLabel reports whether s is a label ending in a colon, never a deck.
func deckLabel(s string) bool {
	return strings.HasSuffix(strings.TrimSpace(s), ":")
}

// dropWidgetLabel takes block c, a free headline-shaped line printed
// between the headline and the story, out of the article when it is a
// label ending in a colon ([deckLabel]), and reports whether it did. Left
// in the story, it is the line a second pass over the text output reads
// for the headline, standing closest above the story; nor is it the deck.
func (p *Page) dropWidgetLabel(c int) bool {
	return deckLabel(p.blocks[c].Text) && p.labelAs(c, Other, "generic/widget-label")
}
