package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// maxClassTokens bounds the tokens commentPanel splits one class name or
// id into.
const maxClassTokens = 16

// commentPanel reports whether the element n, or an element between it and
// the story's <article> or <main> (the outermost around it, [storyWrapper]),
// names readers' comments in its own class or id: a token "comment" or
// "comments" ("comment-meta", "comments-area", "wp-comment-list"), the
// panel whose writers sign their own comments, no byline of the story's.
// It reads the elements [panelElements] yields, as [teaserPanel] does: a
// theme names the post's state on its wrapper ("post has-comments",
// "comments-open"), which holds the story's own author box.
func commentPanel(n *html.Node) bool {
	var toks [maxClassTokens]string
	for e := range panelElements(n) {
		for _, a := range e.Attr {
			if a.Namespace != "" || a.Key != "class" && a.Key != "id" || !strings.Contains(a.Val, "omment") && !strings.Contains(a.Val, "OMMENT") {
				continue
			}
			for name := range strings.FieldsSeq(a.Val) {
				for _, w := range htmldoc.SplitWords(name, toks[:0]) {
					if w == "comment" || w == "comments" {
						return true
					}
				}
			}
		}
	}
	return false
}
