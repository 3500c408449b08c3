package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// settleHeadlineCredit reads the headline of flattened text as a second
// pass's image stage (detectImages) reads the first line of the text
// output: a photo's credit, a wire's credit of the story, or a caption
// with a credit glued to its end ("m v EPA-EFE/A"). The first pass's image
// stage did not see the line free: the title-repeat stage, which runs
// before it, had taken the line for the headline because a copy of it
// opened a line below. The output leaves that copy out, so the second
// pass has no repeat, and its image stage takes the line first
// (FuzzIdempotent/90244cb52aced860); the line is labelled here as that
// stage labels it. A headline an outlet's rule labelled is left to the
// rule.
func (p *Page) settleHeadlineCredit() {
	if p.in.doc != nil {
		return
	}
	t := titleIndex(p.blocks)
	if t < 0 || p.blocks[t].Rule != "generic/title" {
		return
	}
	s := p.blocks[t].Text
	if !creditHeadline(s) {
		return
	}
	b := &p.blocks[t]
	kind := Kind("")
	switch {
	case isWireCredit(s):
		b.Kind, b.Rule = Signoff, "generic/wire-credit"
		b.Credit, _ = dateparse.WireCredit(s)
		kind = Signoff
	case readsCredit(s):
		b.Kind, b.Rule = Credit, "generic/image"
		kind = Credit
	case isCaption(s):
		head, at, ok := gluedCreditAt(s)
		if !ok {
			return
		}
		p.split(t, head, at)
		p.blocks[t].Kind, p.blocks[t].Rule = Caption, "generic/image"
		p.blocks[t+1].Kind, p.blocks[t+1].Rule = Credit, "generic/image"
		kind = Caption
	default:
		return
	}
	// The headline's copies go with it: a title left out otherwise
	// would be read as the page's headline.
	for i := range p.blocks {
		if b := &p.blocks[i]; b.Kind == Title && b.Rule == "generic/duplicate" {
			b.Kind, b.Rule = kind, p.blocks[t].Rule
		}
	}
}

// creditHeadline reports whether line s, taken for the headline, is one
// settleHeadlineCredit takes off it: a photo's credit, a wire's credit of
// the story, or a caption with a credit glued to its end, as the image
// stage reads them.
func creditHeadline(s string) bool {
	if len(s) > maxShort || !mayCredit(s) {
		return false
	}
	if isWireCredit(s) || readsCredit(s) {
		return true
	}
	if isCaption(s) {
		_, _, ok := gluedCreditAt(s)
		return ok
	}
	return false
}
