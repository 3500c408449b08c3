package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// Blog themes print the number of a post's comments inside its headline's
// element, after the headline, as a link to the comments ("<h1>Foo <a
// class=comments-count href=#comments>12</a></h1>"); the number is none of
// the headline's words. headCount finds such an element for
// [partLimits], which lets it come off the headline's end.

// countClassWords mark an element as a count of comments, replies or
// views.
var countClassWords = map[string]bool{
	"comment": true, "comments": true, "count": true, "counter": true, "replies": true, "views": true,
}

// maxCountDigits bounds a count's digits.
const maxCountDigits = 6

// headCount reports whether n, an element inside a headline's element, is
// a count printed after the headline: its text is digits alone (up to
// [maxCountDigits]) and its class or id holds a word of
// [countClassWords], or it links to the page's comments ("#comments",
// "#respond"). A year or a number set in a span of no such mark stays
// ("Best movers of <span class=year>2026</span>").
func headCount(n *html.Node) bool {
	if !countMarked(n) {
		return false
	}
	t := nodeText(n, 20)
	return t != "" && len(t) <= maxCountDigits && strings.Trim(t, "0123456789") == ""
}

// countMarked reports whether element n's class or id holds a word of
// [countClassWords] or it links to the page's comments: read before its
// text, which most elements inside a headline are never asked for.
func countMarked(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r < 'a' || r > 'z' }) {
				if countClassWords[w] {
					return true
				}
			}
		case "href":
			if h := strings.ToLower(a.Val); strings.Contains(h, "#comment") || strings.Contains(h, "#respond") {
				return true
			}
		}
	}
	return false
}
