package clean

import (
	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// maxCardUp is how many ancestors inCard climbs looking for the link that
// wraps a block; maxCardNodes bounds the elements it walks inside that
// link looking for a heading.
const (
	maxCardUp    = 8
	maxCardNodes = 200
)

// inCard reports whether a block's element sits inside a link that also
// wraps a heading (h1-h6): a teaser card for another page, its headline,
// author and date one <a> ("Ferry fares to rise in May / Jane Doe / March
// 10, 2024"). The card's date is that page's, never this one's date line,
// above the headline or below it. A page's own date that links to the
// page itself or to a day's archive wraps no heading.
func inCard(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil {
		return false
	}
	n := hb.Node
	for up := 0; n != nil && up < maxCardUp; up++ {
		if n.Type == xhtml.ElementNode && n.Data == "a" {
			return wrapsHeading(n)
		}
		n = n.Parent
	}
	return false
}

// wrapsHeading reports whether element n holds an h1-h6 among its first
// maxCardNodes elements.
func wrapsHeading(n *xhtml.Node) bool {
	seen := 0
	for e := range n.Descendants() {
		if e.Type != xhtml.ElementNode {
			continue
		}
		if seen++; seen > maxCardNodes {
			return false
		}
		if len(e.Data) == 2 && e.Data[0] == 'h' && e.Data[1] >= '1' && e.Data[1] <= '6' {
			return true
		}
	}
	return false
}
