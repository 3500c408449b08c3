package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// maxAuthorLinks bounds the elements [authorLinks] reads under a byline's
// element.
const maxAuthorLinks = 32

// authorLinks returns the names of a byline whose element lists its
// people by commas, each in an element of its own marked as an author's
// ([authorMark]: "<a href=/author/jane/>Jane Doe</a>, <a
// href=/author/tom/>Tom Berg</a>", as Ghost prints them): the marked
// elements' texts, each a person's name (isPersonName); nil unless there
// are two or more and the block's text is they alone, but for commas, "and"
// and "By" ([onlyNames]); a marked element that holds the strip's date
// ([datedTail]: Ghost's "post-card-byline-date") is no name and no stop. A
// comma alone parts no names ("Jane Doe, Harbour Times" is one person and
// her paper); the marks do.
func authorLinks(b Block, doc *htmldoc.Doc) []string {
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil {
		return nil
	}
	var names []string
	seen, ok := 0, true
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok && seen < maxAuthorLinks; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			seen++
			if authorMark(c) {
				name := nodeText(c, 120)
				if isPersonName(name) {
					names = append(names, name)
					continue
				}
				if !datedTail(name) { // the strip's date is skipped, in an element its class names for the byline ("post-card-byline-date")
					ok = false
					return
				}
				continue
			}
			walk(c)
		}
	}
	walk(hb.Node)
	if !ok || len(names) < 2 || !onlyNames(strings.Join(strings.Fields(hb.Text), " "), names) {
		return nil
	}
	return names
}

// onlyNames reports whether text holds the names, in order, and besides
// them only commas, "and", "&", a byline's "By" and, after the last name,
// the strip's date ([datedTail]).
func onlyNames(text string, names []string) bool {
	rest := text
	var between strings.Builder
	for _, n := range names {
		k := strings.Index(rest, n)
		if k < 0 {
			return false
		}
		between.WriteString(rest[:k])
		between.WriteByte(' ')
		rest = rest[k+len(n):]
	}
	if !datedTail(rest) {
		between.WriteString(rest) // else the strip's date after the names: "Jane Doe, Tom Berg 3 Jun 2025"
	}
	for _, w := range strings.Fields(strings.ReplaceAll(between.String(), ",", " ")) {
		switch strings.ToLower(w) {
		case "and", "&", "by", "by:":
		default:
			return false
		}
	}
	return true
}
