package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// maxCaptionLevels is how far up from a block its caption box is looked
// for: the block's own element, its parent and two more (a caption's text
// sits in a <p> or <span> inside a "caption-wrap" inside a "credit-caption").
const maxCaptionLevels = 4

// maxCaptionWords is the longest block read as a photo's caption, in words.
const maxCaptionWords = 60

// dropCaptionBoxes labels Caption, on an HTML page, the blocks the story
// detector keeps that sit in a small element whose class or id names a
// caption ("wp-caption-text", "image-caption", "caption-wrap",
// "figcaption"): a photo's caption printed as a <p> or <div> rather than a
// <figcaption>, which the element stage labels already. The detector keeps
// a caption inside the story because it reads like a sentence of it; its
// box says what it is. Small means the box holds at most three of the
// walker's blocks (the caption, a credit, a toggle): a site that wraps
// its whole story in an element with such a class ("entry-caption") keeps
// it. Chosen on WCXB's train split (see internal/train/doc.go, HTML round
// twenty-two).
func (p *Page) dropCaptionBoxes(drop []bool) {
	doc := p.in.doc
	var toks []string
	for i := range p.blocks {
		b := p.keptBlock(i, drop)
		if b == nil || b.InHeading || hasWords(p.blocks[i].Text, maxCaptionWords+1) {
			continue
		}
		box, ok := captionBox(b.Node, &toks)
		if !ok || !smallBox(doc.Blocks, p.blocks[i].Line-1, box) {
			continue
		}
		drop[i] = true
		p.labelAs(i, Caption, "model/html-caption")
	}
}

// captionBox returns the nearest element at or above n, at most
// maxCaptionLevels up, whose class or id names a caption; toks is scratch.
func captionBox(n *html.Node, toks *[]string) (*html.Node, bool) {
	for up := 0; n != nil && up < maxCaptionLevels; n, up = n.Parent, up+1 {
		if n.Type == html.ElementNode && namesCaption(n, toks) {
			return n, true
		}
	}
	return nil, false
}

// namesCaption reports whether a class name or the id of element n has
// "caption" or "figcaption" among its words (an id of more than three
// words is a heading's slug and is not read).
func namesCaption(n *html.Node, toks *[]string) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		if !strings.Contains(strings.ToLower(a.Val), "caption") {
			continue // the common case, without splitting
		}
		names := strings.Fields(a.Val)
		if a.Key == "id" {
			names = []string{a.Val}
		}
		for _, name := range names {
			*toks = htmldoc.SplitWords(name, (*toks)[:0])
			if a.Key == "id" && len(*toks) > 3 {
				continue
			}
			for _, t := range *toks {
				if t == "caption" || t == "figcaption" {
					return true
				}
			}
		}
	}
	return false
}

// smallBox reports whether box holds no walker block two or more places
// from block j (so at most blocks j-1, j and j+1): a caption's box, not a
// story's wrapper. Blocks are in document order, so a box's blocks are
// consecutive and the two blocks at distance two decide.
func smallBox(blocks []htmldoc.Block, j int, box *html.Node) bool {
	for _, k := range [2]int{j - 2, j + 2} {
		if k >= 0 && k < len(blocks) && blocks[k].Node != nil && within(blocks[k].Node, box) {
			return false
		}
	}
	return true
}
