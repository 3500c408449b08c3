package clean

import (
	"github.com/newsclean/newsclean/internal/blockfeat"
)

// dropRelatedTailHTML is dropRelatedTail on an HTML page (rule
// "model/html-related"): the heading of a list of the site's other pages
// (relatedHead) under at least minRelatedStoryWords words of kept prose
// and no less than the kept prose below it, and what the story detector
// keeps from it to the page's end or to where the story resumes. The
// detector keeps such a heading, and the teasers' titles and blurbs under
// it, where they sit in the story's element and read as its subheadings.
// walkerShapes are the shapes of the walker's blocks (blockfeat.HTMLShapes).
func (p *Page) dropRelatedTailHTML(drop []bool, walkerShapes []blockfeat.Shape) {
	p.relatedTail(drop, p.blockShapes(walkerShapes), "model/html-related")
}

// blockShapes returns the shape of each of the page's blocks on an HTML
// page: its walker block's (walkerShapes[i] is doc.Blocks[i]'s) when a stage
// did not change its text, else the shape of its own text.
func (p *Page) blockShapes(walkerShapes []blockfeat.Shape) []blockfeat.Shape {
	out := make([]blockfeat.Shape, len(p.blocks))
	for i := range p.blocks {
		if at := p.modelAt(i); at >= 0 && at < len(walkerShapes) && p.blocks[i].Text == p.in.doc.Blocks[at].Text {
			out[i] = walkerShapes[at]
			continue
		}
		out[i] = blockfeat.ShapeOf(p.blocks[i].Text)
	}
	return out
}
