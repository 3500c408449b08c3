package clean

import "github.com/newsclean/newsclean/internal/blockfeat"

// dropTextMarkedLines labels, on flattened text, the kept lines whose own
// form marks them as outside the story, whatever stands around them: a tag
// list (isTagList), labelled Metadata, a footnote (isFootnote), Other, an
// update stamp between the story's paragraphs (updateStampBetweenProse),
// Metadata, and
// a site's furniture line (siteFurnLine), the kind it names, but for a
// lone theme credit between two of the story's paragraphs: a subheading
// (creditBetweenProse).
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
		case p.updateStampBetweenProse(i, shapes[i].Words, drop):
			p.labelAs(i, Metadata, "model/text-updated")
		default:
			k, rule, ok := siteFurnLine(text, shapes[i].Words)
			if !ok || rule == themeCreditRule && p.creditBetweenProse(i, drop) {
				continue
			}
			p.labelAs(i, k, rule)
		}
		drop[i] = true
	}
}
