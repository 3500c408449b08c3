package clean

import "strings"

// headlineExtra returns the features of a flattened page's candidate
// headline i beyond its shape and place (texthead.go): crumbs, whether the
// line is a breadcrumb trail ("Home » Guides » Foo"), which ends with the
// headline's words and stands right over it, so that its shape, slug and
// place score as high as the headline's; slug-pick and above-pick, whether
// it is the line the hand rules take for the headline by the address's
// slug ([Page.slugTitle]) or by its place right over the story
// ([Page.titleAbove]), given as slug and above; trail-end, whether a
// breadcrumb trail just above ends by naming it ([Page.trailNames]).
// low holds the page's lines lower-cased for trailNames, shared by the
// page's candidates.
func (p *Page) headlineExtra(i, slug, above int, low *lineMemo) []float64 {
	return []float64{flag(isBreadcrumb(strings.TrimSpace(p.blocks[i].Text))), flag(i == slug), flag(p.trailNamesLow(i, low))}
}

// headPicks returns the hand rules' headlines of a flattened page, by the
// slug and by place, for [Page.headlineExtra]: block indexes or -1.
func (p *Page) headPicks() (slug, above int) {
	p.findBody()
	end := min(p.first, len(p.blocks))
	return p.slugTitle(end), p.titleAbove(end)
}
