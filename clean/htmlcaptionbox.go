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
// it. And the block is in a figure or a picture is by the box
// ([nearImage]): a shop's small print in a type-size class
// ("wt-text-caption") is no caption. Chosen on WCXB's train split (see
// internal/train/doc.go, HTML round twenty-two).
func (p *Page) dropCaptionBoxes(drop []bool) {
	doc := p.in.doc
	var toks []string
	for i := range p.blocks {
		b := p.keptBlock(i, drop)
		if b == nil || b.InHeading || hasWords(p.blocks[i].Text, maxCaptionWords+1) {
			continue
		}
		box := captionBox(b.Node, &toks)
		if box == nil || !smallBox(doc.Blocks, p.blocks[i].Line-1, box) || !b.InFigure && !nearImage(box) {
			continue
		}
		drop[i] = true
		p.labelAs(i, Caption, "model/html-caption")
	}
}

// captionBox returns the nearest element at or above n, at most
// maxCaptionLevels up, whose class or id names a caption; toks is scratch.
func captionBox(n *html.Node, toks *[]string) *html.Node {
	for up := 0; n != nil && up < maxCaptionLevels; n, up = n.Parent, up+1 {
		if n.Type == html.ElementNode && namesCaption(n, toks) {
			return n
		}
	}
	return nil
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

// Bounds of the look for a caption's picture: how many levels up from the
// box, how many element siblings either side at each level, and how many
// nodes in all.
const (
	captionImageLevels   = 3
	captionImageSiblings = 2
	captionImageNodes    = 96
)

// nearImage reports whether a picture (<img>, <picture>, <video>,
// <iframe>, <svg>) sits in box or beside it: in the element siblings next
// to it or to its parent and grandparent. A caption captions something;
// a class that names a caption's type size ("text-caption" on a shop's
// small print) has no picture by it. The look is bounded, not the page.
func nearImage(box *html.Node) bool {
	budget := captionImageNodes
	if hasImage(box, &budget) {
		return true
	}
	for n, up := box, 0; n != nil && up < captionImageLevels; n, up = n.Parent, up+1 {
		k := 0
		for s := n.PrevSibling; s != nil && k < captionImageSiblings; s = s.PrevSibling {
			if s.Type == html.ElementNode {
				k++
				if hasImage(s, &budget) {
					return true
				}
			}
		}
		k = 0
		for s := n.NextSibling; s != nil && k < captionImageSiblings; s = s.NextSibling {
			if s.Type == html.ElementNode {
				k++
				if hasImage(s, &budget) {
					return true
				}
			}
		}
		if budget <= 0 {
			return false
		}
	}
	return false
}

// hasImage reports whether n or an element under it is a picture, visiting
// at most *budget nodes (and spending them).
func hasImage(n *html.Node, budget *int) bool {
	if *budget <= 0 {
		return false
	}
	*budget--
	if n.Type == html.ElementNode {
		switch n.Data {
		case "img", "picture", "video", "iframe", "svg":
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasImage(c, budget) {
			return true
		}
	}
	return false
}
