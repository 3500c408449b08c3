package clean

// A page may print its headline twice: once at the head of the post, with
// the byline and date line under it, and again at the end of a
// breadcrumb trail right over the story ("Home » Blogs » Smartphone
// Basics ..."), where the headline detector, reading the story's head,
// takes the lower copy. The byline search around that copy then finds no
// byline; headCopySigned reads it under the upper copy.

// maxCopyGap is how far under the upper copy of the headline its byline
// may stand (a date line or a reading time may come between).
const maxCopyGap = 4

// headCopy returns the nearest block above lo whose text is headline t's
// (the same after collapsing spaces), when a date line or a byline stands
// under it ([Page.signedBelow]); else -1. The walk up stops at the page's
// top; a page is read once.
func (p *Page) headCopy(t, lo int) int {
	want := collapse(p.blocks[t].Text)
	for k := lo - 1; k >= 0; k-- {
		// folding white space only shortens a line: a shorter one is no copy
		if text := p.blocks[k].Text; len(text) >= len(want) && collapse(text) == want {
			if p.signedBelow(k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// headSigned reports whether a block between lo and hi names the story's
// writers: a byline, or a date or update line with names.
func (p *Page) headSigned(lo, hi int) bool {
	for i := lo; i <= hi && i < len(p.blocks); i++ {
		if b := p.blocks[i]; b.Kind == Byline || len(b.Authors) > 0 {
			return true
		}
	}
	return false
}

// headCopySigned reads the byline under the upper copy of headline t
// ([Page.headCopy]) when the window lo..hi around t gave none: only a
// date line under the copy makes it the post's head, and only the names
// of people or of a team ([teamName]) are taken from there; else the
// blocks under the copy are left as they were (a forum's thread title
// over its posters' cards, a course list's filter under its heading).
func (p *Page) headCopySigned(t, lo, hi int) {
	if p.headSigned(lo, hi) {
		return
	}
	k := p.headCopy(t, lo)
	if k < 0 {
		return
	}
	end := min(k+maxCopyGap, lo-1)
	dated := false
	for i := k + 1; i <= end; i++ {
		dated = dated || p.blocks[i].Kind == Date && p.blocks[i].Stamp != nil
	}
	if !dated {
		return
	}
	var was [maxCopyGap + 1]Block
	copy(was[:], p.blocks[k:end+1])
	p.textHeadBylines(k, k, end)
	for i := k + 1; i <= end; i++ {
		for _, n := range p.blocks[i].Authors {
			if team, _ := teamName(n); !isPersonName(n) && team == "" {
				copy(p.blocks[k:end+1], was[:end+1-k])
				return
			}
		}
	}
}
