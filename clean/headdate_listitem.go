package clean

import (
	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// A list of other pages that a publishing system prints without headings
// (Bitrix's news list: <p class="news-item"><span
// class="news-date-time">05.03.2025</span><a href="/news/1/"><b>...</b></a>
// ...</p>, one such item a story) gives each item a marked date and a
// link; on a story that prints no date of its own, the first item short
// enough to read was taken as the page's date. An item is known by its
// siblings: elements of its tag and class that hold a date mark and a
// link too.

// maxItemUp is how many ancestors of a block's element listedItem tries
// as the item (a date in a <div> inside the <p> of the item), and
// maxItemSiblings how many of the item's siblings it reads.
const (
	maxItemUp       = 2
	maxItemSiblings = 40
)

// maxItemNodes is the most nodes of an element listedItem reads for its
// link: an item of a list is a few elements, and an element whose first
// maxItemNodes nodes hold no link is no item. The cap keeps the check of
// a page's marked blocks linear, where each would otherwise read its
// grandparent's whole subtree (a long list of dated blocks without links).
const maxItemNodes = 200

// itemLink reports whether one of n's first maxItemNodes nodes is a link.
func itemLink(n *xhtml.Node) bool {
	seen := 0
	for d := range withDescendants(n) {
		if seen++; seen > maxItemNodes {
			return false
		}
		if d.Type == xhtml.ElementNode && d.Data == "a" {
			return true
		}
	}
	return false
}

// listedItem reports whether element n, a block holding a marked date, is
// (or sits in) an item of a list of links: it holds a link, and a sibling
// of its tag and class holds a date mark and a link as well (each link
// among the element's first maxItemNodes nodes).
func listedItem(n *xhtml.Node) bool {
	for up, x := 0, n; x != nil && up <= maxItemUp; up, x = up+1, x.Parent {
		if x.Type != xhtml.ElementNode || x.Parent == nil || !itemLink(x) {
			continue
		}
		class := htmldoc.Attr(x, "class")
		if class == "" {
			continue
		}
		seen := 0
		for s := x.Parent.FirstChild; s != nil && seen < maxItemSiblings; s = s.NextSibling {
			if s == x || s.Type != xhtml.ElementNode {
				continue
			}
			seen++
			if s.Data == x.Data && htmldoc.Attr(s, "class") == class && itemLink(s) && dateMark(s) != nil {
				return true
			}
		}
	}
	return false
}
