package clean

import (
	"slices"

	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// maxArticleUp bounds the ancestors otherPostTime climbs from a <time>.
const maxArticleUp = 40

// otherPostTime reports whether block i's <time> stands in an <article>
// nested inside another <article> that does not hold the story's first
// paragraph (*firstBody, found on the first call, as replyTime finds
// it): HTML nests an article for another post inside a page's own (a
// "More stories" card, a reader's comment), and its time is that post's,
// never the page's.
func otherPostTime(blocks []Block, doc *htmldoc.Doc, i int, firstBody *int) bool {
	inner := articleAbove(doc.Blocks[blocks[i].Line-1].Node)
	if inner == nil || articleAbove(inner.Parent) == nil {
		return false
	}
	if *firstBody == -2 {
		*firstBody = slices.IndexFunc(blocks, func(b Block) bool { return b.Kind == Body })
	}
	k := *firstBody
	if k < 0 {
		return false
	}
	hb := walkerOf(blocks[k], doc)
	return hb != nil && hb.Node != nil && !inside(hb.Node, inner)
}

// articleAbove returns the nearest <article> element at or above n, nil
// when there is none within maxArticleUp ancestors.
func articleAbove(n *xhtml.Node) *xhtml.Node {
	for up := 0; n != nil && up < maxArticleUp; up++ {
		if n.Type == xhtml.ElementNode && n.Data == "article" {
			return n
		}
		n = n.Parent
	}
	return nil
}
