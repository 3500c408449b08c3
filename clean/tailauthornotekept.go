package clean

// takeKeptNote takes out of the story a note about the writer printed on
// its heading's own line ("About the author: Jane Doe covers transport
// for the Post.") that the story detector kept as the story's last block:
// the heading ([writerNoteLabels], [noteLabel]) says what the line is,
// and the rest names a person ([noteName]) and a writer's trade or work
// ([notesWriter]). The line leaves the body as a note about the writer
// (BioRule), whoever signs the story, as a note under its heading on a
// line of its own does; where no byline names anyone,
// [Page.labelledNoteAt] reads its name as the author. It reports whether
// it took one. One walk up from the page's end to the story's last kept
// block.
func (p *Page) takeKeptNote() bool {
	for i := len(p.blocks) - 1; i >= 0; i-- {
		if !p.storyKept(i) {
			continue
		}
		rest, ok := noteLabel(p.blocks[i].Text)
		if !ok || rest == "" || noteName(rest) == "" || !notesWriter(rest) {
			return false
		}
		p.blocks[i].Kind, p.blocks[i].Rule = Other, BioRule
		return true
	}
	return false
}
