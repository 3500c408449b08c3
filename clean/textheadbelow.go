package clean

// settleBelowStory takes out the lines a second pass over the text output
// would take out below the story (see detectOutsideStory): under the last
// line that is prose or the dateline, a free line that does not end a
// sentence and has fewer than twelve words, and every free line under it.
//
// The first pass measured the story before the head-settle stage, which
// may take the last paragraph of prose out of the output (a summary above
// a dateline split late becomes the deck, lateSummary) or split a
// dateline off the head of a line (lateDateline). Read again, the story
// then ends higher up, or the rest of the line counts its words without
// the dateline's ("B(Reuters) 0 0 0 0 A 0 0 0 0 0" has twelve, the rest
// ten), and the second pass took out a line the first kept
// (FuzzIdempotent/5b7845079e68d13e). The walk here is the second pass's,
// over the lines the output prints: the lines left out before do not
// break the run of sentences, as the second pass does not see them.
// Where the story's end has not moved, it takes out nothing the first
// walk kept.
func (p *Page) settleBelowStory() {
	if p.in.doc != nil {
		return
	}
	p.findBody()
	if p.last < 0 {
		return
	}
	cont := true
	for i := p.last + 1; i < len(p.blocks); i++ {
		if !p.free(i) {
			continue
		}
		if t := p.blocks[i].Text; cont && (endsSentence(t) || hasWords(t, 12)) {
			continue
		}
		cont = false
		p.labelAs(i, Other, "generic/outside-story")
	}
}
