package clean

// A page that streams its story into a hidden container, which a script
// shows once it has loaded (a React server render's `<div hidden
// id="S:0">`), hides its headline with the story: the story detector reads
// the hidden paragraphs as the story, and the title ranker reads the
// hidden headings as headlines, as a reader sees them. On any other page
// a hidden heading is one no reader sees (a menu's, a modal's), and no
// candidate.

// storyHidden reports whether most of the story's prose ([storyProse]
// paragraphs, by bytes) is hidden from view; the story's first paragraph is
// then its first hidden one. Its cost
// is one pass over the blocks.
func (p *Page) storyHidden() bool {
	doc := p.in.doc
	hidden, shown := 0, 0
	for _, b := range p.blocks {
		if storyProse(b) {
			if doc.Blocks[b.Line-1].Hidden {
				hidden += len(b.Text)
			} else {
				shown += len(b.Text)
			}
		}
	}
	return hidden > shown
}
