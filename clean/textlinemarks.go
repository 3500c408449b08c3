package clean

import "github.com/newsclean/newsclean/internal/blockfeat"

// dropTextMarkedLines labels, on flattened text, the kept lines whose own
// form marks them as outside the story, whatever stands around them: a tag
// list (isTagList), labelled Metadata, a footnote (isFootnote), Other, and
// a site's furniture line (siteFurnLine), the kind it names.
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
			k, rule, ok := siteFurnLine(text, shapes[i].Words)
			if !ok {
				continue
			}
			p.labelAs(i, k, rule)
		}
		drop[i] = true
	}
}
