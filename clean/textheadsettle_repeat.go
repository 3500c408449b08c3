package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// settleTitleRepeat splits the headline off the story's first printed
// paragraph when that paragraph opens with it, glued to a new sentence, as
// a second pass's title-repeat stage (splitTitleRepeat) would over the text
// output. The first pass's stage ran before the lines between the two were
// known to be left out: it looks only at the first free line under a
// headline-shaped one, and a line the outside-story stage later dropped (a
// row of digits) stood between. The output prints the headline and, right
// under it, the paragraph that opens with it; a second pass split the
// headline off there and the story lost its first words
// (FuzzIdempotent/9c163ba4b1d5de87). The copy is labelled a title repeat,
// as the second pass labels it, and what follows it on its line is read as
// a line of its own (readRest), as the second pass reads it. The story
// is then measured again below (settleBelowStory): the rest may be the
// dateline the second pass's dateline stage reads on its own line, and on
// a page without a paragraph of prose the story then ends there, so the
// short lines under it are outside the story, as the second pass's
// outside-story stage leaves them (the first pass, which had no dateline
// then, kept them: "MOSCOW (Reuters) -" after the headline's copy, over
// short lines).
func (p *Page) settleTitleRepeat() {
	if p.in.doc != nil {
		return
	}
	t := titleIndex(p.blocks)
	if t < 0 {
		return
	}
	title := p.blocks[t].Text
	if p.blocks[t].Wrapped || isProse(title) || !isTitle(title) || wordCount(title) < 3 {
		return
	}
	if _, _, ok := dateparse.DateLine(title); ok {
		return
	}
	// The first paragraph the output prints under the headline: the first
	// line it keeps, in the page's order without the headline.
	j := -1
	for i := range p.blocks {
		if k := p.blocks[i].Kind; i != t && (k == Dateline || inBody(k)) {
			j = i
			break
		}
	}
	if j < 0 || p.blocks[j].Kind == Dateline {
		return // a dateline is printed at the paragraph's head
	}
	n, ok := gluedAt(title, p.blocks[j].Text)
	if !ok {
		return
	}
	rest := n
	for rest < len(p.blocks[j].Text) && p.blocks[j].Text[rest] == ' ' {
		rest++
	}
	kind := p.blocks[j].Kind
	p.split(j, n, rest)
	p.blocks[j].Kind, p.blocks[j].Rule = Title, "generic/duplicate"
	p.blocks[j+1].Kind = kind
	p.readRest(j + 1)
	p.settleBelowStory()
	p.settleAboveStory() // a rest nothing read, a short line over the story (ded6937ae63e229c)
}
