package clean

// maxSignedProse is how many blocks under a byline [Page.signedStoryHead]
// looks for the story's prose: the byline's date line and a caption may
// stand between.
const maxSignedProse = 3

// signedStoryHead reports whether block i, met in a list of other stories
// ([Page.labelList]), is the story's own headline that the list runs into
// on a flattened page: a byline right under it ("By Jane Doe") and two
// paragraphs of prose in a row within maxSignedProse blocks under that (a
// list's teaser is one paragraph, the next item under it). A sidebar's
// "Latest" list of headlines (each with its age, "- 6 mins ago") stands
// right over the story's head, and the headline, byline and date line
// all read as more items; an item a list signs with its author has the
// next item under its byline, or one teaser.
func (p *Page) signedStoryHead(i int) bool {
	// The byline's cheap guard, then the prose, then the byline's pattern:
	// most lines under a list's line are more of its headlines.
	if i+1 >= len(p.blocks) || !mayOpenByline(p.blocks[i+1].Text) {
		return false
	}
	for j := i + 2; j+1 < len(p.blocks) && j <= i+1+maxSignedProse; j++ {
		if isProse(p.blocks[j].Text) {
			return isProse(p.blocks[j+1].Text) && isByline(p.blocks[i+1].Text)
		}
	}
	return false
}
