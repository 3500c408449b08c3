package clean

// settleHead is the "head-settle" stage: the head of flattened text as a
// second pass over the article's text output would read it.
//
// The text output carries nothing of the outlet, and the second pass need
// not know it: an outlet's rules only take out lines, which the output
// does not hold. What the second pass reads differently is the generic
// head around them (the headline, its repeats, the deck, the dateline),
// and that is settled here for the lines the output keeps. Left open: a
// dateline an outlet's form reads on a line of its own is printed at the
// head of the paragraph under it, where the generic forms may not read it.
func (p *Page) settleHead() {
	p.settleTextHead()
	p.settleAboveStory()
}

// settleAboveStory takes out the lines a second pass over the text output
// would take out above the story (see detectOutsideStory): walking up from
// the story's first paragraph to the headline, a free line that does not
// read as a sentence of four words or more, and every free line above it,
// is outside the story. The first pass walks up the page and stops at the
// first title it meets, which may be the headline printed again further
// down (a "generic/duplicate" title); the output leaves that repeat out, so
// the second pass walks on to the headline and drops the section line or
// menu word the repeat had shielded. The walk here is over the lines the
// output keeps, in the order it prints them: the headline, the kept lines
// above it, then those below it.
func (p *Page) settleAboveStory() {
	if p.in.doc != nil {
		return
	}
	t := titleIndex(p.blocks)
	if t < 0 {
		return
	}
	// The free lines the output prints between the headline and the
	// story's first paragraph, in its order: the page's order without
	// the headline.
	var between []int
	found := false
	for i := 0; i < len(p.blocks) && !found; i++ {
		b := &p.blocks[i]
		switch {
		case i == t || b.Wrapped:
			// the headline; a line joined to the paragraph above
		case b.Kind == Dateline:
			found = true // printed at the head of the story's first paragraph
		case b.Kind != "" && b.Kind != Body:
			// not in the output
		case p.proseKnown(i):
			found = true // the story's first paragraph
		case b.Kind == "":
			between = append(between, i)
		}
	}
	if !found {
		return // no story under the headline: nothing to measure against
	}
	cont := true
	for k := len(between) - 1; k >= 0; k-- {
		i := between[k]
		if s := p.blocks[i].Text; cont && endsSentence(s) && wordCount(s) >= 4 {
			continue
		}
		cont = false
		b := &p.blocks[i]
		b.Kind, b.Rule = Other, "generic/outside-story"
	}
}
