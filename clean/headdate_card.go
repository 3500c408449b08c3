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

// maxEntryUp is how many ancestors of a date block underEntryHeadline
// climbs looking for the element that also holds the headline before it.
const maxEntryUp = 2

// underEntryHeadline reports whether the block that comes right before b
// in the page is another page's linked headline: a heading (h2-h6) all of
// whose text is a link, not the page's title, in the same small container
// as b. That is a teaser card that prints its headline and date side by
// side instead of inside one link ("<a><h5>Ferry fares to rise in
// May</h5></a>" over "<p>November 16, 2016</p>", a "More stories" list
// under the story); its date is that page's, never this one's date line.
// The page's own headline is its title or an h1, and is left out.
func underEntryHeadline(b Block, doc *htmldoc.Doc, title string) bool {
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil || b.Line < 2 {
		return false
	}
	prev := &doc.Blocks[b.Line-2]
	if prev.Node == nil || !prev.InHeading || prev.Tag == "h1" || prev.LinkDensity < 0.9 || prev.Text == title {
		return false
	}
	n := hb.Node.Parent
	for up := 0; n != nil && up < maxEntryUp; up++ {
		if holds(n, prev.Node) {
			return true
		}
		n = n.Parent
	}
	return false
}

// maxCardDepth is how deep under a card's container its headline may
// stand ("<div><a><h5>" is two levels): holds climbs no further, so a
// page nested thousands of levels deep costs each date block a few steps.
const maxCardDepth = 6

// holds reports whether node n is an ancestor of node d, at most
// maxCardDepth levels above it.
func holds(n, d *xhtml.Node) bool {
	for p, k := d.Parent, 0; p != nil && k < maxCardDepth; p, k = p.Parent, k+1 {
		if p == n {
			return true
		}
	}
	return false
}

// minCardHeadline is how long, in bytes, another page's linked headline
// is at the least: shorter linked headings are a section's or a tag's
// ("Politics"), which the page's own head may hold beside its date.
const minCardHeadline = 20

// inTeaserItem reports whether the date held by element n stands in a
// small box that also holds another page's linked headline: a heading
// (h2-h6) inside a link, or whose text is a link, of more than
// minCardHeadline bytes and not the page's title. That is a teaser card
// that prints the headline, a blurb, an author and a date in sibling
// elements (a "Related Posts" grid: <a><h3>headline</h3></a> over
// <div>blurb</div> over <div>author</div><div>date</div>); its date is that
// page's. The box is found by climbing at most maxCardUp ancestors, none
// of more than maxCardNodes elements; one that holds an h1 or the title
// is the page's own head, and its date is the page's.
func inTeaserItem(n *xhtml.Node, title string) bool {
	if n == nil {
		return false
	}
	for up, a := 0, n.Parent; a != nil && up < maxCardUp; up, a = up+1, a.Parent {
		found, seen := false, 0
		for e := range a.Descendants() {
			if e.Type != xhtml.ElementNode {
				continue
			}
			if seen++; seen > maxCardNodes {
				return false // past a card's size: the page's column
			}
			if len(e.Data) != 2 || e.Data[0] != 'h' || e.Data[1] < '1' || e.Data[1] > '6' {
				continue
			}
			text := nodeText(e, 2*maxDateLine)
			if e.Data[1] == '1' || text == title {
				return false // the page's own head
			}
			if !found && len(text) > minCardHeadline && (linkAbove(e, a) || linkText(e) == text) {
				found = true
			}
		}
		if found {
			return true
		}
	}
	return false
}

// linkAbove reports whether an <a> stands between element e and its
// ancestor top.
func linkAbove(e, top *xhtml.Node) bool {
	for p := e.Parent; p != nil && p != top; p = p.Parent {
		if p.Type == xhtml.ElementNode && p.Data == "a" {
			return true
		}
	}
	return false
}

// linkText returns the text of the first <a> inside e, whitespace
// collapsed ("" when e holds none).
func linkText(e *xhtml.Node) string {
	for d := range e.Descendants() {
		if d.Type == xhtml.ElementNode && d.Data == "a" {
			return nodeText(d, 2*maxDateLine)
		}
	}
	return ""
}
