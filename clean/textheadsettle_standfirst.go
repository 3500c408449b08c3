package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// settleStandfirst reads the story's first printed paragraph as a second
// pass's dates stage (standfirst) reads it: right under the headline,
// with a date line the next line the output prints and prose (or the
// dateline) within three lines under that, it is the standfirst,
// the deck, and the date line above the story is clutter. The first pass
// read it before the head took a byline out from between the paragraph
// and the date line; the output leaves the byline out, and the second
// pass read the deck and the date line there, both left out, which the
// first pass had printed in the body (FuzzIdempotent/6db62fb41509c2ba).
func (p *Page) settleStandfirst() {
	if p.in.doc != nil || hasKind(p.blocks, Deck) {
		return
	}
	t := titleIndex(p.blocks)
	if t < 0 {
		return
	}
	// The lines the output prints under the headline, in page order
	// (its own for the lines below the headline), the first few.
	var printed []int
	for i := range p.blocks {
		if k := p.blocks[i].Kind; i != t && (inBody(k) || k == Dateline) && !p.joinedAbove(i) {
			if printed = append(printed, i); len(printed) == 6 {
				break
			}
		}
	}
	if len(printed) < 3 || printed[0] < t {
		return
	}
	f := printed[0]
	if p.blocks[f].Kind == Dateline || !p.printedProse(f) {
		return
	}
	d := printed[1]
	s := p.blocks[d].Text
	if len(s) > 120 || p.blocks[d].Kind == Dateline || p.printedProse(d) {
		return
	}
	st, _, ok := dateparse.DateLine(s)
	if !ok {
		return
	}
	for k := 2; k < len(printed) && k <= 4; k++ {
		if i := printed[k]; p.blocks[i].Kind == Dateline || p.printedProse(i) {
			p.blocks[f].Kind, p.blocks[f].Rule = Deck, "generic/standfirst"
			b := &p.blocks[d]
			b.Kind, b.Rule, b.Stamp = Date, "generic/date", stampOf(st)
			// The story now opens lower down: the lines printed
			// between, which the above-story stage measured against
			// the paragraph now the deck, are read as the second pass
			// reads them (FuzzIdempotent/d4e9688c5a8662c6: a line
			// without words between the date line and the story).
			p.settleAboveStory()
			return
		}
	}
}
