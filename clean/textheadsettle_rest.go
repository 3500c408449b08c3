package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// readRest reads block i, the rest of a line split in the head-settle
// stage (the headline's copy split off the story's first paragraph, a
// dateline split late), as a second pass over the text output reads the
// line of its own the output prints it on: the earlier stages read the
// whole line, not the rest. Alone, the rest meets, in the second pass's
// order, the lists stage's headers ("POPULAR" under a headline split off
// its repeat heads a "latest" list, FuzzIdempotent/e420e10dc2b252a5), with
// the headline lines under it; the phrases stage's line checks ("0 0 0"
// has no words); the image stage's credits ("Photo by Jane Doe", and a
// wire's "Source: Reuters"); and the text head's date lines, as the first
// line under the headline (the page's date line where it has none, else
// clutter). A rest that a stage labelled with the line is left as it is.
func (p *Page) readRest(i int) {
	p.listHeader(i)
	p.phraseLine(i)
	p.creditAlone(i)
	if p.free(i) {
		p.headFound().takeDate(p, i)
	}
}

// creditAlone labels free block i, read alone, as the image stage labels a
// line of its own (detectImages): a wire's credit of the whole story, or a
// photo's credit.
func (p *Page) creditAlone(i int) {
	t := p.blocks[i].Text
	if !p.free(i) || len(t) > maxShort || !mayCredit(t) {
		return
	}
	switch {
	case isWireCredit(t):
		if p.labelAs(i, Signoff, "generic/wire-credit") {
			p.blocks[i].Credit, _ = dateparse.WireCredit(t)
		}
	case readsCredit(t):
		p.labelAs(i, Credit, "generic/image")
	}
}
