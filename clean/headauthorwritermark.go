package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// writerMarked reports whether block b's own element, or an element inside
// it, marks one writer ([oneWriterMark]: Drupal's field items each hold a
// link to the writer's page), as [nextBylineName] wants of a
// second writer's element printed without "and". Its ancestors do not
// count: they hold the first writer's element too.
func writerMarked(doc *htmldoc.Doc, b Block) bool {
	hb := walkerOf(b, doc)
	if hb == nil {
		return false
	}
	if strings.EqualFold(hb.Itemprop, "author") {
		return true
	}
	if hb.Node == nil {
		return false
	}
	if oneWriterMark(hb.Node) {
		return true
	}
	seen := 0
	for c := range hb.Node.Descendants() {
		if c.Type != html.ElementNode {
			continue
		}
		if seen++; seen > maxWriterMarkNodes {
			return false
		}
		if oneWriterMark(c) {
			return true
		}
	}
	return false
}

// maxWriterMarkNodes bounds the elements [writerMarked] reads inside a
// block's element.
const maxWriterMarkNodes = 16

// oneWriterMark reports whether element n marks a writer rather than a
// byline strip: a profile link ([htmldoc.ProfilePath]: "/author/jane-doe",
// "/people/jane-doe"), rel holding the token "author" ([relAuthor]) or
// itemprop "author", or a class or id that names the author (in English or
// [worldAuthorClass]'s languages). "byline" alone marks the strip, which
// may print a place or a desk beside the name ([authorMark] takes it).
func oneWriterMark(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "href":
			if htmldoc.ProfilePath(a.Val) {
				return true
			}
		case "rel":
			if relAuthor(a.Val) {
				return true
			}
		case "itemprop":
			if strings.EqualFold(strings.TrimSpace(a.Val), "author") {
				return true
			}
		case "class", "id":
			if (indexFoldASCII(a.Val, "author") >= 0 || worldAuthorClass(a.Val)) && indexFoldASCII(a.Val, "avatar") < 0 {
				return true
			}
		}
	}
	return false
}

// metaAuthor reports whether name is one of the authors the page's meta
// tags or JSON-LD give, in any case.
func metaAuthor(doc *htmldoc.Doc, name string) bool {
	if doc == nil {
		return false
	}
	for _, a := range doc.Meta.Authors {
		if strings.EqualFold(strings.TrimSpace(a), name) {
			return true
		}
	}
	return false
}
