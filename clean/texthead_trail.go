package clean

import (
	"strings"
	"unicode/utf8"
)

// trailLook is how many blocks above a candidate headline are searched for
// the breadcrumb trail that names it ([Page.trailNames]).
const trailLook = 4

// trailNames reports whether a line at most trailLook blocks above block i,
// a line of two words or more, is a breadcrumb trail that ends by naming
// i's text: glued to the trail's
// other labels as flattened text prints a trail ("HomeGuidesCybersecurity
// Tips" over "Cybersecurity Tips") or with its separators ("Home / Guides
// / Cybersecurity Tips"), or cut short after three words or more
// ("Newsroom / What Are the Latest Trends..." over "What Are the Latest
// Trends in Care?"). Any longer line that ends with i's text counts, as a
// trail whose labels flattened text parts by spaces alone does ("Home Gear
// Reviews Best Budget Home Gyms"): a sentence that ends with the same words
// ("Our readers' advice on Cybersecurity Tips") counts too. Requiring a
// separator or a glued label lost more right titles than it mended on
// WCXB's train split (twenty-fourth session). A site's trail ends with the
// page's own title, so the line it names is the headline, not a heading of
// the menu or of the story. Case is ignored; the look-up costs a few
// blocks per candidate.
func (p *Page) trailNames(i int) bool { return p.trailNamesLow(i, nil) }

// trailNamesLow is trailNames reading the lines lower-cased (lowerLine)
// from low, which keeps each once made (nil: made again for each call).
func (p *Page) trailNamesLow(i int, low *lineMemo) bool {
	t := low.get(p, i, lowerLine)
	if wordCount(t) < 2 {
		return false
	}
	for j := i - 1; j >= max(0, i-trailLook); j-- {
		a := low.get(p, j, lowerLine)
		if len(a) > len(t) && strings.HasSuffix(a, t) {
			return true
		}
		if cut, ok := trailCutLabel(a); ok && wordCount(cut) >= 3 && strings.HasPrefix(t, cut) {
			return true
		}
	}
	return false
}

// lowerLine is block text as trailNames compares it: trimmed, inner
// spaces collapsed, lower-cased.
func lowerLine(text string) string {
	return strings.ToLower(collapse(strings.TrimSpace(text)))
}

// trailCutLabel returns a trail's last label cut short with an ellipsis ("..."
// or "…") without the ellipsis, and whether s ends so.
func trailCutLabel(s string) (string, bool) {
	var rest string
	switch {
	case strings.HasSuffix(s, "..."):
		rest = s[:len(s)-3]
	case strings.HasSuffix(s, "…"):
		rest = s[:len(s)-len("…")]
	default:
		return "", false
	}
	// The last label: after the trail's last separator, if it has one.
	if k := strings.LastIndexAny(rest, "/»>›|"); k >= 0 {
		_, n := utf8.DecodeRuneInString(rest[k:])
		rest = rest[k+n:] // "»" and "›" are two and three bytes
	}
	return strings.TrimSpace(rest), true
}
