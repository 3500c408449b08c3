package clean

import "strings"

// signedSlugLine reports whether block signed, the best of the lines that
// say the slug's words and have a date line or a byline under them
// ([Page.signedBelow]), is the headline over block best, the best of all
// such lines, which has none: a table of contents' entry, a menu's or a
// summary box's line says the slug's words as well as the headline does,
// or better ("Best Windows laptops under $500" in the contents over "The
// Best Cheap Laptops Under $500" / "Updated January 16, 2026"), but only
// the headline is signed. Where one line holds the other's words the two
// are one headline printed twice, once glued to a site's name or a
// trail ("Site | Blog | Title" over a byline, then "Title" over the
// story), and the slug rule's own order stands. signed is -1 when no
// line is signed.
func (p *Page) signedSlugLine(signed, best int) bool {
	if signed < 0 || signed == best || p.signedBelow(best) {
		return false
	}
	s, b := strings.TrimSpace(p.blocks[signed].Text), strings.TrimSpace(p.blocks[best].Text)
	return !holdsWords(b, s) && !holdsWords(s, b)
}
