package clean

// settleDatelineBelow gives the body back a dateline that stands below a
// line the output keeps in the body. The text output prints the dateline
// at the head of the first paragraph, so such a dateline would be printed
// above the line it followed on the page, glued to it: text moved, and a
// second pass reads the glued line afresh (a one-line page, say, becomes
// a headline). The dateline stage skips the short lines under the
// headline that are not prose, since the head and outside-story stages
// take most of them out; here, once they have run, a line still kept
// above the dateline means the dateline does not open the story. It stays
// in the body where it stands, a paragraph of its own (split off the head
// of its line, the rest of the line is another); a second pass reads it
// there, alone on its line under the same kept line, and gives it back
// the same way.
func (p *Page) settleDatelineBelow() {
	d := -1
	for i := range p.blocks {
		if b := &p.blocks[i]; b.Kind == Dateline && b.Dateline != nil {
			d = i
			break
		}
	}
	if d < 0 {
		return
	}
	for i := range d {
		if k := p.blocks[i].Kind; k == "" || k == Body {
			b := &p.blocks[d]
			b.Kind, b.Rule, b.Dateline = "", "", nil
			return
		}
	}
}
