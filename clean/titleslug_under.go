package clean

import "strings"

// slugUnderLook bounds how far under the story's first paragraph (as
// [Page.findBody] found it) [Page.slugUnderStart] looks for the headline:
// a few lines no detector took (a second pass over the output, where the
// lines taken are gone, then sees the same lines), enough for a
// disclosure or a menu's long description read as the story's first
// paragraph over the headline. slugUnderSpan bounds the blocks, taken or
// not, it steps over.
const (
	slugUnderLook = 6
	slugUnderSpan = 40
)

// slugUnderStart returns the line a few blocks under the story's first
// paragraph end that says the whole slug where the best line at or above
// it (best, with slug share cover; -1 for none) says only part of it, and
// says it plainly: every one of the slug's words, and signed by a date line
// or byline under it or no longer than the slug by more than half. The
// story's first paragraph was then a disclosure, a sign-up box's text or a
// menu's description over the headline, and the line above that said part
// of the slug a menu's entry ("Best Business Phone Systems" over an
// advertising disclosure over "Best Business Certification Programs ..."
// under /best-business-certifications/). Past those few lines, up to
// slugUnderSpan blocks down, it takes only a line a breadcrumb trail just
// above it names ([Page.trailNames]: "HomeCybersecurity Tips" over
// "Cybersecurity Tips"), the page's own title however long the menu read
// as the story. It returns best when no such line is there.
func (p *Page) slugUnderStart(end, best int, cover float64, forms []string, set map[string]bool) int {
	if cover >= 1 || end >= len(p.blocks) {
		return best
	}
	seen := 0
	for i := end + 1; i < len(p.blocks) && i <= end+slugUnderSpan; i++ {
		if !p.free(i) && !byModel(p.blocks[i]) {
			continue // a menu's or a form's line a detector took: printed nowhere
		}
		if p.blocks[i].Wrapped || p.continuesPrinted(i-1, i) {
			continue // the rest of the line above, printed with it
		}
		if seen++; seen > slugUnderLook && !p.trailNames(i) {
			continue // past the few lines: only a line a trail names
		}
		t := strings.TrimSpace(p.blocks[i].Text)
		if len(t) > 250 || wordCount(t) < 2 || isTitleTrap(t) || isProse(t) || strings.HasSuffix(t, ".") {
			continue
		}
		s, c := slugFit(t, forms, set)
		if c < 1 {
			continue
		}
		if p.signedBelow(i) || s-c >= 1.0/3 {
			return i
		}
	}
	return best
}
