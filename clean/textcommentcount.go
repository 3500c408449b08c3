package clean

// countAbove reports whether a count of comments (commentCount: "10
// comments:", "Comments (12)") stands within three blocks above block
// start and below the story's first prose block: the thread under it is
// the page's comment section, not a forum's replies, and may run on past
// long comments (farStampGap).
func (p *Page) countAbove(start, firstProse int) bool {
	for i := start - 1; i > firstProse && i >= start-3; i-- {
		if t := p.blocks[i].Text; len(t) <= 40 && commentCount.MatchString(t) {
			return true
		}
	}
	return false
}
