package clean

// settleDatelineBelow gives the body back a dateline that stands alone on
// its line below a line the output keeps in the body. The text output
// prints the dateline at the head of the first paragraph, so such a
// dateline would be printed above the line it followed on the page, glued
// to it: text moved, and a second pass reads the glued line afresh (a
// one-line page, say, becomes a headline). The dateline stage skips the
// short lines under the headline that are not prose, since the head and
// outside-story stages take most of them out; here, once they have run,
// a line still kept above the dateline means the dateline does not open
// the story. It stays in the body where it stands, as a line of its own;
// a second pass reads it there and gives it back the same way.
//
// A dateline split off the head of a paragraph is left as it is: printed
// at the head of the first paragraph, it is read there again.
func (p *Page) settleDatelineBelow() {
	d := -1
	for i := range p.blocks {
		if b := &p.blocks[i]; b.Kind == Dateline && b.Dateline != nil {
			d = i
			break
		}
	}
	if d < 0 || d+1 < len(p.blocks) && p.blocks[d+1].Line == p.blocks[d].Line || p.blocks[d].Col != 0 {
		return // none, or split off a paragraph
	}
	for i := range d {
		if k := p.blocks[i].Kind; k == "" || k == Body {
			b := &p.blocks[d]
			b.Kind, b.Rule, b.Dateline = "", "", nil
			return
		}
	}
}
