package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// storyEndName reports whether block i, a person's name alone (the
// caller checks the name), signs the story at its end: in an element
// marked as the author's ([marked]: "<p class=author><strong>Jane
// Doe</strong></p>"), right after two paragraphs of the story of at least
// [storyEndParagraph] bytes each, in the <article> that holds the name,
// and with none after it within [storyEndLook] blocks: the name some
// sites set under the story's last line with no label. A listing's teaser
// (one abstract over its writer's link), a testimonial (a quote over the
// customer's name), a reader's comment in an <article> of its own or a
// shop's widget ("From Apple") follows no two such paragraphs of its
// own, or more follow it.
func storyEndName(blocks []Block, i int, doc *htmldoc.Doc) bool {
	if i < 2 {
		return false
	}
	for _, b := range blocks[i-2 : i] {
		if b.Kind != Body || len(b.Text) < storyEndParagraph {
			return false // a teaser's abstract or a testimonial's quote is one paragraph
		}
	}
	for _, b := range blocks[i+1 : min(len(blocks), i+1+storyEndLook)] {
		if b.Kind == Body && len(b.Text) >= storyEndParagraph {
			return false // the story goes on: a name between its paragraphs
		}
	}
	hb := walkerOf(blocks[i], doc)
	if hb == nil || hb.Node == nil || !inArticle(*hb) {
		return false
	}
	top := nearestArticle(hb.Node)
	for _, b := range blocks[i-2 : i] {
		if p := walkerOf(b, doc); p == nil || p.Node == nil || nearestArticle(p.Node) != top {
			return false // a reader's comment in an <article> of its own under the story
		}
	}
	return marked(doc, blocks[i])
}

// nearestArticle returns the nearest <article> element around n within
// [maxBoxLevels] levels, or nil.
func nearestArticle(n *html.Node) *html.Node {
	for e, level := n, 0; e != nil && level < maxBoxLevels; e, level = e.Parent, level+1 {
		if e.Type == html.ElementNode && e.Data == "article" {
			return e
		}
	}
	return nil
}

// storyEndParagraph is the fewest bytes of the story's paragraph a
// signature's name follows ([storyEndName]); storyEndLook is how many
// blocks after the name are read for more of the story.
const (
	storyEndParagraph = 120
	storyEndLook      = 4
)

// inArticle reports whether an element sits in an <article>, and in no
// nav, aside or footer.
func inArticle(hb htmldoc.Block) bool {
	if hb.InNav || hb.InAside || hb.InFooter || hb.Hidden {
		return false
	}
	for path := hb.Path; path != ""; {
		e, rest, _ := strings.Cut(path, ">")
		if e == "article" {
			return true
		}
		path = rest
	}
	return false
}
