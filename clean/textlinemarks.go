package clean

import "github.com/newsclean/newsclean/internal/blockfeat"

// dropTextMarkedLines labels, on flattened text, the kept lines whose own
// form marks them as outside the story, whatever stands around them: a tag
// list (isTagList), labelled Metadata, and a footnote (isFootnote), Other.
func (p *Page) dropTextMarkedLines(drop []bool, shapes []blockfeat.Shape) {
	for i := range p.blocks {
		if !p.keptText(i, drop) || shapes[i].Words == 0 {
			continue
		}
		text := p.blocks[i].Text
		switch {
		case isTagList(text):
			p.labelAs(i, Metadata, "model/text-tags")
		case isFootnote(text):
			p.labelAs(i, Other, "model/text-footnote")
		default:
			continue
		}
		drop[i] = true
	}
}
