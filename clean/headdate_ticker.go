package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// maxTickerNodes bounds the elements timeList walks.
const maxTickerNodes = 200

// timeList reports whether element n holds two or more <time> elements
// among its first maxTickerNodes: a ticker or a list of other stories
// above the headline ("Ferry fares to rise 08:00 · Lifeboat named
// 07:00"), whose first <time> is no date line of the page's.
func timeList(n *xhtml.Node) bool {
	if n == nil {
		return false
	}
	times, seen := 0, 0
	for e := range withDescendants(n) {
		if e.Type != xhtml.ElementNode {
			continue
		}
		if seen++; seen > maxTickerNodes {
			break
		}
		if e.Data == "time" {
			if times++; times >= 2 {
				return true
			}
		}
	}
	return false
}

// teaserKind reports whether a block of this kind lists other pages (a
// "Recent from the author" run, a "Latest" list). Above the headline, a
// date in such a block that sits inside a link (inLink) is a teaser's,
// another story's, however alone it stands: "11/12/19 4:40PM" under a
// card's headline and author, the whole card one <a>, right over the
// page's own headline. A page's own date strip above its <h1> that a
// detector took for a list (a Shopify theme's "Sep 01, 2023" in an
// <aside>) is no link.
func teaserKind(k Kind) bool {
	return k == Related || k == HeadlineList || k == Latest
}

// inLink reports whether a block's element sits inside an <a>.
func inLink(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	return hb != nil && (strings.HasPrefix(hb.Path, "a>") || strings.Contains(hb.Path, ">a>") || strings.HasSuffix(hb.Path, ">a"))
}
