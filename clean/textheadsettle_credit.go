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
	kind := headlineCreditKind(s)
	b := &p.blocks[t]
	switch kind {
	case Signoff:
		b.Kind, b.Rule = Signoff, "generic/wire-credit"
		b.Credit, _ = dateparse.WireCredit(s)
	case Credit:
		b.Kind, b.Rule = Credit, "generic/image"
	case Caption:
		head, at, _ := gluedCreditAt(s)
		p.split(t, head, at)
		p.blocks[t].Kind, p.blocks[t].Rule = Caption, "generic/image"
		p.blocks[t+1].Kind, p.blocks[t+1].Rule = Credit, "generic/image"
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

// headlineCreditKind returns the kind the image stage gives line s,
// taken for the headline, where settleHeadlineCredit takes it off:
// Signoff for a wire's credit of the story, Credit for a photo's credit,
// Caption for a caption with a credit glued to its end; "" for any other
// line.
func headlineCreditKind(s string) Kind {
	if len(s) > maxShort || !mayCredit(s) {
		return ""
	}
	switch {
	case isWireCredit(s):
		return Signoff
	case readsCredit(s):
		return Credit
	case isCaption(s):
		if _, _, ok := gluedCreditAt(s); ok {
			return Caption
		}
	}
	return ""
}
