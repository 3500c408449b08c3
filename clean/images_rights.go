package clean

import "strings"

// rightsFooter reports whether block i, a "©" line, is a site's notice of
// its rights ("© 2024 Name. Все права защищены.", "© 2024 Name. All rights
// reserved.") that stands in no photo's place: the line before it is no
// caption (a story's paragraph, a row of links, nothing). Under a caption
// the same line is the photo's credit.
func (p *Page) rightsFooter(i int) bool {
	t := p.blocks[i].Text
	if !strings.HasPrefix(t, "©") || !isRightsNotice(t, wordCount(t)) {
		return false
	}
	j := i - 1
	if j < 0 {
		return true
	}
	prev := p.blocks[j].Text
	return !isCaption(prev) || isLinkRow(prev)
}

// isLinkRow reports whether a line is a row of links parted by bars or
// middle dots ("About us | Contact | Advertise"): a footer's or a menu's,
// no photo's caption.
func isLinkRow(s string) bool {
	return strings.Count(s, " | ")+strings.Count(s, " · ") >= 2
}
