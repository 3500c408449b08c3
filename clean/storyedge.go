package clean

import (
	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// fillStoryGaps keeps, on an HTML page, the blocks the story detector
// dropped (drop[i] set) between two blocks it keeps that are children of
// one element, when they are children of that element too and read as text
// rather than furniture: no links to speak of, not hidden, not in a nav,
// aside, footer, form or figure. A story's paragraphs are siblings; the
// detector scores each on its own and now and then drops one in the
// middle, which loses a paragraph in the story and breaks its flow, while a
// share bar or an ad between two paragraphs sits in an element of its own.
func (p *Page) fillStoryGaps(drop []bool) {
	prev, prevParent := -1, (*html.Node)(nil)
	for i := range p.blocks {
		b := p.walkerBlock(i)
		if b == nil || drop[i] || !p.free(i) || b.LinkDensity > 0.5 || b.Node == nil {
			continue
		}
		parent := b.Node.Parent
		if prev >= 0 && parent != nil && parent == prevParent {
			for j := prev + 1; j < i; j++ {
				if drop[j] && p.free(j) && gapText(p.walkerBlock(j), parent) {
					drop[j] = false
				}
			}
		}
		prev, prevParent = i, parent
	}
}

// gapText reports whether walker block b is a child of parent that reads
// as text: few links, visible, outside navigation, asides, footers, forms
// and figures.
func gapText(b *htmldoc.Block, parent *html.Node) bool {
	return b != nil && b.Node != nil && b.Node.Parent == parent && b.LinkDensity <= maxProseLinkDensity && !b.Hidden &&
		!b.InNav && !b.InAside && !b.InFooter && !b.InForm && !b.InFigure
}

// walkerBlock returns the HTML walker's block that block i came from, or nil
// (text input, or a block that is not one of the walker's).
func (p *Page) walkerBlock(i int) *htmldoc.Block {
	return walkerOf(p.blocks[i], p.in.doc)
}

// walkerOf returns the HTML walker's block that b came from, or nil when
// doc is nil or b is not one of the walker's blocks.
func walkerOf(b Block, doc *htmldoc.Doc) *htmldoc.Block {
	if doc == nil || b.Line < 1 || b.Line > len(doc.Blocks) {
		return nil
	}
	return &doc.Blocks[b.Line-1]
}

// minTailProse is how many prose paragraphs the run under the story's last
// kept paragraph must hold for [Page.extendStoryTail] to keep it: a
// writer's note or a pitch under a story is one or two.
const minTailProse = 4

// extendStoryTail keeps, on an HTML page, the run of blocks the story
// detector dropped right under the last prose paragraph it keeps, when the
// run is more of that paragraph's element: siblings that read as text
// ([gapText]), up to the last prose paragraph among them, at least
// minTailProse of them. The detector's score falls with a block's distance
// from the page's head, and on a long essay (a hundred paragraphs in one
// element) it drops the second half of the story; a page's furniture under
// the story sits in elements of its own, and a writer's note in the
// story's element is too short a run. The walk stops at the first block
// that is not such a sibling, and reads each block once.
func (p *Page) extendStoryTail(drop []bool, shapes []blockfeat.Shape) {
	last := -1
	for i := len(p.blocks) - 1; i >= 0; i-- {
		if !drop[i] && p.free(i) {
			if at := p.modelAt(i); at >= 0 && at < len(shapes) && shapes[at].IsProse() {
				last = i
				break
			}
		}
	}
	if last < 0 {
		return
	}
	b := p.walkerBlock(last)
	if b == nil || b.Node == nil || b.Node.Parent == nil {
		return
	}
	parent := b.Node.Parent
	prose, end := 0, -1
	for j := last + 1; j < len(p.blocks); j++ {
		w := p.walkerBlock(j)
		if !drop[j] || !p.free(j) || !gapText(w, parent) {
			break
		}
		if at := p.modelAt(j); at >= 0 && at < len(shapes) && shapes[at].IsProse() {
			prose, end = prose+1, j
		}
	}
	if prose < minTailProse {
		return
	}
	for j := last + 1; j <= end; j++ {
		drop[j] = false
	}
}
