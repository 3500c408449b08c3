package clean

import "github.com/newsclean/newsclean/internal/htmldoc"

// maxProseLinkDensity is the largest share of a block's text in links for
// the block to count as the story's prose where the HTML stages weigh the
// page's elements by the prose they hold: a paragraph of mostly links is
// a list of other pages.
const maxProseLinkDensity = 0.3

// isLinkLightProse reports whether HTML block b reads as prose with few
// links (see maxProseLinkDensity): the paragraphs that locate the story's
// element.
func isLinkLightProse(b *htmldoc.Block) bool {
	return b.LinkDensity <= maxProseLinkDensity && isProse(b.Text)
}
