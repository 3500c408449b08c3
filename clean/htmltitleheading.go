package clean

import (
	"net/url"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// keepTitleHeading keeps for the later stages the heading over the story
// that the page's own titles name (<title>, og:title, the JSON-LD
// headline: [metaTitles], [agreement]) when the story detector scored it
// under its threshold and no earlier stage took a headline. The detector
// learnt headlines mostly from <h1>s inside an <article> or under a page's
// <h1>: a template that prints the post's headline in a smaller heading
// beside the post's body with no <h1> at all (Blogger's
// <h3 class="post-title">, many forum and CMS themes' <h2>/<h3>) gets its
// headline scored as furniture, and the head detectors, which read the
// bylines and dates under the headline, then miss the head. Only the last
// such heading above the first kept prose counts, one pass over the
// blocks above it that stops at the page's furniture ([pageFurniture]); a
// heading in a figure, of fewer than minKeptTitleWords words or over 300
// bytes, only the site's name, or mostly a link to another page (a
// teaser's, [linksToPage]) stays dropped.
func (p *Page) keepTitleHeading(drop []bool) {
	if titleIndex(p.blocks) >= 0 {
		return
	}
	first := p.nextProse(0, drop)
	var metas []string
	for i := first - 1; i >= 0; i-- {
		hb := p.walkerBlock(i)
		if hb != nil && pageFurniture(hb) {
			return // the page's masthead or a menu: the story's head is under it
		}
		if hb == nil || !drop[i] || !p.free(i) || !hb.InHeading || !headingTag(hb.Tag) || len(p.blocks[i].Text) > 300 {
			continue
		}
		if hb.Hidden || hb.InFigure || wordCount(p.blocks[i].Text) < minKeptTitleWords || isTitleTrap(p.blocks[i].Text) {
			continue
		}
		host := hostOf(p.pageURL())
		if metas == nil {
			metas = metaTitles(&p.in.doc.Meta, host)
			if len(metas) == 0 {
				return
			}
		}
		if onlySiteName(p.blocks[i].Text, titleSite(&p.in.doc.Meta), host) {
			return // the site's name over the page, never a story's headline
		}
		if hb.LinkDensity > 0.5 && !linksToPage(hb.Node, p.pageURL()) {
			return // a teaser's heading: a link to another story
		}
		if agree, _ := agreement(p.blocks[i].Text, metas); agree {
			drop[i] = false
		}
		return // the last heading over the story, the headline's place
	}
}

// pageFurniture reports whether a walker's block is in the page's own
// furniture, which keepTitleHeading's walk up from the story does not
// cross: a menu, a sidebar, a footer or a masthead (a <header> outside any
// <article>). A share bar in a <nav> between a headline and its story stops
// the walk too: the heading then stays dropped as the detector left it, a
// headline missed rather than a masthead's name taken for it.
func pageFurniture(hb *htmldoc.Block) bool {
	return hb.InNav || hb.InAside || hb.InFooter || hb.InHeader && !strings.Contains(hb.Path, "article")
}

// minKeptTitleWords is the fewest words of a heading that keepTitleHeading
// keeps: a section's or a blog's name of a word or three also agrees with
// a <title> that is only that name.
const minKeptTitleWords = maxMinorOverWords + 1

// headingTag reports whether an element's tag is a heading's, h1 to h6.
func headingTag(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// maxHeadingLinkNodes is how many elements of a heading linksToPage reads
// looking for its link.
const maxHeadingLinkNodes = 16

// linksToPage reports whether the first link in heading n (among its first
// maxHeadingLinkNodes elements) leads to the page at pageURL itself, as a
// blog's linked post title does; a teaser's heading links elsewhere. An
// unknown page address matches no link.
func linksToPage(n *xhtml.Node, pageURL string) bool {
	self, ok := pageKey(pageURL, nil)
	if n == nil || !ok {
		return false
	}
	base, _ := url.Parse(pageURL)
	seen := 0
	for e := range n.Descendants() {
		if e.Type != xhtml.ElementNode {
			continue
		}
		if seen++; seen > maxHeadingLinkNodes {
			return false
		}
		if e.Data == "a" {
			k, ok := pageKey(htmldoc.Attr(e, "href"), base)
			return ok && k == self
		}
	}
	return false
}
