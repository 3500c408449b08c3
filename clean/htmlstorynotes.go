package clean

import (
	"github.com/newsclean/newsclean/internal/blockfeat"
)

// dropStoryNotesHTML runs, on an HTML page, the text path's stages for
// what the story detector keeps as the story's paragraphs in the story's
// element but is the page's: a list of other pages under the story, a
// note about the writer, a form's standing text and a firm's standing
// notice. Each labels as on text, by a rule of its own:
//
//   - dropRelatedTail (rule "model/html-related"): the heading of a list of
//     the site's other pages (relatedHead) under at least
//     minRelatedStoryWords words of kept prose and no less than the kept
//     prose below it, and what the detector keeps from it to the page's end
//     or to where the story resumes (the teasers' titles and blurbs);
//   - dropAuthorBio (rule "model/html-bio", as a bio box's): a note about
//     the writer that opens with a name and a verb and names a trade, or a
//     writer's greeting, at the story's end ("Jane Doe is a travel writer
//     based in ...");
//   - dropFormLines (rule "model/html-form"): a form's standing text, its
//     consent box ("By signing up, you agree to ..."), a widget's settings
//     left as a line of JSON;
//   - a firm's standing notice of minNoticeWords words or more
//     (isStandingNotice, rule "model/html-notice": "X, LLC is a Registered
//     Investment Adviser ...").
//
// walkerShapes are the shapes of the walker's blocks (blockfeat.HTMLShapes).
func (p *Page) dropStoryNotesHTML(drop []bool, walkerShapes []blockfeat.Shape) {
	sh := p.blockShapes(walkerShapes)
	p.relatedTail(drop, sh, "model/html-related")
	p.authorBio(drop, sh, "model/html-bio")
	p.formLines(drop, sh, "model/html-form")
	for i := range p.blocks {
		if p.keptText(i, drop) && sh[i].Words >= minNoticeWords && isStandingNotice(p.blocks[i].Text) && p.labelAs(i, Other, "model/html-notice") {
			drop[i] = true
		}
	}
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
