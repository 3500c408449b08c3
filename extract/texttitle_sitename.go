package extract

import (
	"strings"
)

// siteNameTitle returns the headline of a page whose title was read from
// its masthead, and whether it found one: the title is shaped as a site's
// name ([siteNameShape]: "Harbour Times") and the page opens with its
// <title> line, taken out among its first [mastheadLines] lines, that
// prints the name last after one of [mastheadSeps], or first before a
// bar ("Ferry fares rise again | Harbour Times"). The headline is that
// line's other part, without a section printed between it and the name
// ([sectionOffTagLine]), four words or more, more than the name's.
func siteNameTitle(a *Article) (string, bool) {
	if !siteNameShape(a.Title) {
		return "", false
	}
	for _, r := range a.Removed {
		if r.Line > mastheadLines {
			continue
		}
		l, _, _ := strings.Cut(r.Text, "\n")
		l = strings.TrimSpace(l)
		if len(l) <= len(a.Title) {
			continue
		}
		for _, sep := range mastheadSeps {
			if head, ok := strings.CutSuffix(l, sep+a.Title); ok && nameAndHeadline(a.Title, head) {
				return sectionOffTagLine(strings.TrimSpace(head)), true
			}
		}
		if head, ok := strings.CutPrefix(l, a.Title+" | "); ok && !strings.Contains(head, " | ") && nameAndHeadline(a.Title, head) {
			return strings.TrimSpace(head), true
		}
	}
	return "", false
}
