package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// A heading may carry words for screen readers only, set in an element a
// stylesheet hides from view ("<h1><span class=visually-hidden>Article:
// </span>County library reopens ...</h1>", "<span class=sr-only>Permalink
// to</span>"): a label, not the headline's words. [withoutBadges] takes
// such a part off the heading's text when it opens or closes it
// ([partLimits]).

// readerOnlyClasses are, in lower case, the class names (or parts of
// them) that CSS frameworks and CMS themes give text meant for screen
// readers alone.
var readerOnlyClasses = []string{
	"sr-only", "sr_only", "visually-hidden", "visuallyhidden", "hidden-visually", "screen-reader",
	"screenreader", "element-invisible", "a11y-hidden", "assistive-text", "u-hidden-visually",
}

// maxReaderOnlyWords bounds a screen-reader label's length: a longer
// hidden part is the heading's own words (a logo's site name, a headline
// kept for screen readers).
const maxReaderOnlyWords = 3

// readerOnly reports whether element n's class marks its text as for
// screen readers alone ([readerOnlyClasses]).
func readerOnly(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, c := range readerOnlyClasses {
			if strings.Contains(v, c) {
				return true
			}
		}
	}
	return false
}
