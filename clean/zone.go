package clean

// detectOutsideStory labels the free blocks above the first paragraph of
// prose and below the last one that do not read as part of the story: on a
// page flattened to text, menus, link lists, teasers and footers sit there as
// short lines. A free block stays in the story when it reads as a sentence
// (or is a long line, such as a last paragraph cut mid-word) and touches the
// story: a one-line lede right above the first paragraph, a short closing
// line right below the last. Clutter that ends a story (lists, navigation,
// subscribe and comment prompts, sign-offs) breaks the contact; widgets that
// sit inside stories (ads, share buttons, figures) and parts of the article
// do not.
func (p *Page) detectOutsideStory() {
	p.findBody()
	if p.last < 0 {
		return // no prose at all: nothing to measure the page against
	}
	// Below the story: a run of sentences that continues the last paragraph
	// stays; everything free after the run breaks is outside.
	cont := true
	for i := p.last + 1; i < len(p.blocks); i++ {
		if !p.free(i) {
			if endsStory(p.blocks[i].Kind) {
				cont = false
			}
			continue
		}
		if t := p.blocks[i].Text; cont && (endsSentence(t) || hasWords(t, 12)) {
			continue
		}
		cont = false
		p.labelAs(i, Other, "generic/outside-story")
	}
	// Above the story: the same, walking up from the first paragraph, but
	// only among blocks under the title (the head detector has run).
	cont = true
	for i := p.first - 1; i >= 0; i-- {
		k := p.blocks[i].Kind
		if k == Title {
			break
		}
		if !p.free(i) {
			if endsStory(k) {
				cont = false
			}
			continue
		}
		if cont && endsSentence(p.blocks[i].Text) && wordCount(p.blocks[i].Text) >= 4 {
			continue
		}
		cont = false
		p.labelAs(i, Other, "generic/outside-story")
	}
	// Flattened text: what stands above the headline that the story
	// follows (see titleAbove) is the page's menus and banners.
	if p.in.doc == nil && p.titleAt == 0 {
		t := -1
		for i := 0; i < p.first && i < len(p.blocks); i++ {
			if p.blocks[i].Kind == Title && p.blocks[i].Rule == "generic/title" {
				t = i
				break
			}
		}
		for i := 0; i < t; i++ {
			if p.free(i) && !p.proseAt(i) {
				p.labelAs(i, Other, "generic/above-title")
			}
		}
	}
}

// endsStory reports whether clutter of kind k marks the edge of a story.
func endsStory(k Kind) bool {
	switch k {
	case Nav, HeadlineList, Related, Latest, Subscribe, CommentPrompt, Cookie, Signoff:
		return true
	}
	return false
}
