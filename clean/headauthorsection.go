package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// sectionPaths are the parts of a link's address that lead to a list of
// stories, not to a person: a section's, a category's, a tag's, a topic's.
var sectionPaths = [...]string{"/section/", "/sections/", "/category/", "/categories/", "/tag/", "/tags/", "/topic/", "/topics/"}

// maxSectionLinks bounds the elements [sectionLinked] reads under a block's
// element.
const maxSectionLinks = 32

// sectionLinked reports whether name is, in block b, the text of a link to
// a list of stories ([sectionPaths]: "<a href=/section/local-news>Local
// News</a>" in the byline's slot), which names a section, not a writer.
func sectionLinked(doc *htmldoc.Doc, b Block, name string) bool {
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil {
		return false
	}
	seen := 0
	for d := range hb.Node.Descendants() {
		if seen++; seen > maxSectionLinks {
			return false
		}
		if d.Type != html.ElementNode || d.Data != "a" {
			continue
		}
		for _, a := range d.Attr {
			if a.Key == "href" && sectionHref(a.Val) && nodeText(d, 120) == name {
				return true
			}
		}
	}
	return false
}

// sectionHref reports whether a link's address leads to a list of stories
// ([sectionPaths]).
func sectionHref(href string) bool {
	href = strings.ToLower(href)
	for _, p := range sectionPaths {
		if strings.Contains(href, p) {
			return true
		}
	}
	return false
}
