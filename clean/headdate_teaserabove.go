package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// maxTeaserUp is how many ancestors of a block above the headline
// teaserAbove climbs looking for the container it shares with another
// page's link; maxTeaserNodes bounds the elements it walks in each;
// minTeaserLinkWords is the fewest words a link's text needs to be
// another page's headline rather than a section's or an author's name;
// maxTeaserLinkBytes is about how much of its text is read.
const (
	maxTeaserUp        = 2
	maxTeaserNodes     = 60
	minTeaserLinkWords = 4
	maxTeaserLinkBytes = 200
)

// teaserAbove reports whether block b, above the headline, stands in a
// small container (itself or one of its maxTeaserUp ancestors) that holds
// a link to another page's headline, a link of minTeaserLinkWords words
// or more and no digit, and not the page's h1: a teaser card or a list of
// other stories above the article ("<div class=card><a>Ferry fares to
// rise in May</a> <span>Nov 30, 2025</span></div>"). Its date is that
// page's, never this one's date line. A section's link or a link of the
// date itself (a permalink) has fewer words or holds digits; a byline's
// author link, even of a four-word name, is no headline (bylineLink), nor
// a section's link of four words (sectionLink) or a share button's
// (shareHref).
func teaserAbove(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil {
		return false
	}
	n := hb.Node
	for up := 0; n != nil && up <= maxTeaserUp; up++ {
		if n.Type == xhtml.ElementNode {
			if n.Data == "body" || n.Data == "article" || n.Data == "main" {
				return false
			}
			if link, h1 := headlineLinkIn(n); h1 {
				return false
			} else if link {
				return true
			}
		}
		n = n.Parent
	}
	return false
}

// headlineLinkIn reports, of element n's first maxTeaserNodes elements,
// whether one is a link whose text reads as another page's headline, and
// whether one is an h1 (n then holds the page's own head).
func headlineLinkIn(n *xhtml.Node) (link, h1 bool) {
	seen := 0
	for e := range n.Descendants() {
		if e.Type != xhtml.ElementNode {
			continue
		}
		if seen++; seen > maxTeaserNodes {
			return false, false
		}
		switch e.Data {
		case "h1":
			return false, true
		case "a":
			if !link && pageHref(e) && !sectionLink(e) {
				link = headlineText(nodeText(e, maxTeaserLinkBytes)) && !bylineLink(e)
			}
		}
	}
	return link, false
}

// headlineText reports whether a link's text reads as a headline: words
// enough, apart at spaces ("Print/Save as PDF" is three), and no digit (a
// date or a count).
func headlineText(s string) bool {
	return !digitByteIn(s) && len(strings.Fields(s)) >= minTeaserLinkWords
}

// pageHref reports whether link a leads to a page: an href that is no
// script, mail address, anchor on this page or share button
// ("javascript:window.print()", "mailto:", "#comments", shareHref).
func pageHref(a *xhtml.Node) bool {
	for _, at := range a.Attr {
		if at.Key != "href" {
			continue
		}
		h := strings.TrimSpace(at.Val)
		return h != "" && h[0] != '#' && !hasFoldPrefix(h, "javascript:") && !hasFoldPrefix(h, "mailto:") && !shareHref(h)
	}
	return false
}

// sectionLink reports whether link a is a section's: its href is a
// section's front (sectionFrontHref) and its text names that section
// ([namesSection]).
func sectionLink(a *xhtml.Node) bool {
	for _, at := range a.Attr {
		if at.Key == "href" {
			seg := sectionFrontHref(strings.TrimSpace(at.Val))
			return seg != "" && namesSection(nodeText(a, maxTeaserLinkBytes), seg)
		}
	}
	return false
}
