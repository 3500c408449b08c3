package clean

// maxOrphanHeadWords is the longest heading, in words, dropOrphanHeads
// reads: a section's heading, not a paragraph set in a heading's element.
const maxOrphanHeadWords = 15

// dropOrphanHeads labels, on an HTML page, the headings (h2-h6) the story
// detector keeps whose section it keeps nothing of: below the heading, the
// blocks up to the next kept block were all dropped, and that block is a
// heading of the same rank or higher, or there is none (rule
// "model/html-orphan-head"). A list of other posts, a shop's cards, a
// sign-up box or a "next steps" panel comes under a heading that reads to
// the detector like the story's subheading; the detector drops the links
// and cards below it and keeps the heading alone. A section of the story
// keeps its paragraphs, and a heading straight over a subheading (nothing
// between) is left alone. One pass from the page's end, so that a heading
// whose sections were all orphans is one too.
func (p *Page) dropOrphanHeads(drop []bool) {
	next := -1 // the next kept block below i
	for i := len(p.blocks) - 1; i >= 0; i-- {
		b := p.keptBlock(i, drop)
		if b == nil {
			continue
		}
		if r := headRank(b.Tag); r > 1 && !hasWords(p.blocks[i].Text, maxOrphanHeadWords+1) && p.orphanBelow(i, next, r) {
			drop[i] = true
			p.labelAs(i, Other, "model/html-orphan-head")
			continue
		}
		next = i
	}
}

// orphanBelow reports whether heading i of rank r, whose next kept block
// is next (-1: none), heads nothing kept: blocks below it were dropped and
// the next kept block, if any, is a heading of rank r or higher.
func (p *Page) orphanBelow(i, next, r int) bool {
	if next < 0 {
		return i+1 < len(p.blocks)
	}
	if next == i+1 {
		return false
	}
	nr := headRank(p.walkerBlock(next).Tag)
	return nr > 0 && nr <= r
}

// headRank returns a heading element's rank (h1 1 ... h6 6), or 0.
func headRank(tag string) int {
	if len(tag) == 2 && tag[0] == 'h' && '1' <= tag[1] && tag[1] <= '6' {
		return int(tag[1] - '0')
	}
	return 0
}
