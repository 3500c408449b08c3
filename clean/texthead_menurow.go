package clean

// menuRowOverHeadline reports whether block i is a lower-case menu row
// ("home news world business sport") right over a line that could be the
// headline itself (menuRowOver, and the line under it passes the
// candidates' cheap tests). Such a row is the site's menu, never the
// headline: as a candidate, its place at the top of the page and its
// headline's length made it outscore the headline under it.
func (p *Page) menuRowOverHeadline(i int) bool {
	if !p.menuRowOver(i) {
		return false
	}
	_, ok := p.headlineCandidateCheap(i + 1)
	return ok
}
