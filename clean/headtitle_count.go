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

// countClassWords are the class and id words that mark an element as a
// count of comments, replies or views. "count" and "counter" alone do not:
// a headline's figure may be set in one ("Death toll rises to <span
// class=counter>45</span>").
var countClassWords = [...]string{"comment", "comments", "reply", "replies", "view", "views"}

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
// text, which most elements inside a headline are never asked for. It
// reads the attributes' bytes in place: no lowering, no splitting.
func countMarked(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			if holdsCountWord(a.Val) {
				return true
			}
		case "href":
			if linksToComments(a.Val) {
				return true
			}
		}
	}
	return false
}

// holdsCountWord reports whether v, a class or id value, holds a word of
// [countClassWords] (any case) among its runs of ASCII letters
// ("comments-count", "postViews").
func holdsCountWord(v string) bool {
	for i := 0; i < len(v); {
		if !isASCIILetter(v[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(v) && isASCIILetter(v[j]) && !(v[j] >= 'A' && v[j] <= 'Z' && v[j-1] >= 'a' && v[j-1] <= 'z') {
			j++ // a camelCase hump starts the next word
		}
		if w := v[i:j]; len(w) >= len("view") && len(w) <= len("comments") {
			for _, c := range countClassWords {
				if strings.EqualFold(w, c) {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// linksToComments reports whether href points at the page's comments:
// "#comments", "#comment-12", "#respond", in any case.
func linksToComments(href string) bool {
	for i := strings.IndexByte(href, '#'); i >= 0; {
		rest := href[i+1:]
		if hasPrefixFoldASCII(rest, "comment") || hasPrefixFoldASCII(rest, "respond") {
			return true
		}
		j := strings.IndexByte(rest, '#')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
