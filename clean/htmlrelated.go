package clean

import (
	"github.com/newsclean/newsclean/internal/blockfeat"
)

// dropStoryNotesHTML runs two of the text path's stages for what the story
// detector keeps under the story on an HTML page, where the walker's blocks
// hold it as paragraphs of the story's element:
//
//   - dropRelatedTail (rule "model/html-related"): the heading of a list of
//     the site's other pages (relatedHead) under at least
//     minRelatedStoryWords words of kept prose and no less than the kept
//     prose below it, and what the detector keeps from it to the page's end
//     or to where the story resumes (the teasers' titles and blurbs read to
//     it as the story's subheadings and paragraphs);
//   - dropAuthorBio (rule "model/html-bio", as a bio box's): a note about
//     the writer that opens with a name and a verb and names a trade, or a
//     writer's greeting, at the story's end ("Jane Doe is a travel writer
//     based in ...").
//
// walkerShapes are the shapes of the walker's blocks (blockfeat.HTMLShapes).
func (p *Page) dropStoryNotesHTML(drop []bool, walkerShapes []blockfeat.Shape) {
	sh := p.blockShapes(walkerShapes)
	p.relatedTail(drop, sh, "model/html-related")
	p.authorBio(drop, sh, "model/html-bio")
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
