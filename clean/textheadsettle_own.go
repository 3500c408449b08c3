package clean

import "strings"

// settleOwnHeadline settles the headline of flattened text whose outlet
// only a fingerprint named (no URL). Its rule takes the first
// headline-shaped line left for the headline, and the lines between it and
// the story for its deck, byline and caption; the text output carries no
// fingerprint, and a second pass reads it as a page of no outlet, taking
// for the headline the headline-shaped line closest above the story
// (titleAbove). So the printed head (the headline, then the kept lines up
// to the story's first paragraph) is read here as titleAbove reads it, and
// while it would take a line under the outlet's headline, that line is
// taken out as the outlet reads it: the deck (the first), else a line
// outside the story.
func (p *Page) settleOwnHeadline() {
	if p.in.doc != nil || p.own == nil || p.outlet.From != "fingerprint" {
		return
	}
	t := titleIndex(p.blocks)
	if t < 0 {
		return
	}
	for range titleLook {
		at, head := p.printedHead(t)
		if head == nil {
			return
		}
		q := &Page{blocks: head}
		c := q.titleAbove(len(head) - 1)
		if c <= 0 {
			return
		}
		b := &p.blocks[at[c]]
		b.Kind, b.Rule = Other, "generic/outside-story"
		if !hasKind(p.blocks, Deck) {
			b.Kind, b.Rule = Deck, "generic/deck"
		}
	}
}

// printedHead returns the head of the text output as a page of its own:
// headline t, then each paragraph kept in the body (its hard-wrapped lines
// joined) in page order, up to the story's first paragraph as printed
// (printedProse), a blank line between each; and the block each comes
// from. It returns nil when no paragraph of prose is printed.
func (p *Page) printedHead(t int) (at []int, head []Block) {
	at = append(at, t)
	head = append(head, Block{Text: p.blocks[t].Text, Line: 1})
	for i := range p.blocks {
		if i == t || !inBody(p.blocks[i].Kind) || p.joinedAbove(i) {
			continue
		}
		var b strings.Builder
		b.WriteString(p.blocks[i].Text)
		for k := i + 1; k < len(p.blocks) && inBody(p.blocks[k].Kind) && p.joinedAbove(k); k++ {
			b.WriteByte(' ')
			b.WriteString(p.blocks[k].Text)
		}
		at = append(at, i)
		head = append(head, Block{Text: b.String(), Line: 2*len(head) + 1})
		if p.printedProse(i) {
			return at, head
		}
	}
	return nil, nil
}
