package clean

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// nextBylineName returns the second writer a byline's next block names
// when the page prints its writers in two elements, each marked as the
// author's ([marked]): "By Jane Doe" over "and John Roe", or "<span
// class=author>Jane Doe</span>" over "<span class=author>John Roe</span>"
// in two strips. The next block holds one person's name ([personShaped])
// that is no role's ([roleLine], [roleFirst]: "Climate Correspondent"),
// and nothing else but an "and" or "&" before it. Without one, a name's
// shape is not enough (a byline class marks a strip, whose second element
// may print the city, "San Francisco", or a board): the block is of the
// byline's element's shape ([sameShape]) and either marks a writer itself
// ([writerMarked]: an author's class, rel or profile link) or names one
// of the page's meta or JSON-LD authors. The block is no picture's
// caption or credit, and the name is neither one already read nor the
// site's; "" otherwise.
func nextBylineName(blocks []Block, i int, doc *htmldoc.Doc, names []string, site, host string) string {
	if i+1 >= len(blocks) || len(names) != 1 {
		return ""
	}
	b := blocks[i+1]
	if b.Kind == Caption || b.Kind == Credit || len(b.Text) > 60 {
		return ""
	}
	text := strings.TrimSpace(b.Text)
	joined := false
	for _, and := range [...]string{"and ", "And ", "& "} {
		if rest, ok := strings.CutPrefix(text, and); ok {
			text, joined = rest, true
		}
	}
	if !personShaped(text) || roleLine(text) || roleFirst(text) || slices.Contains(names, text) || namesSite(text, site, host) || notAuthorName(text) || isTitleTrap(text) {
		return ""
	}
	if !marked(doc, b) || !marked(doc, blocks[i]) || !ownHeadBlock(b, doc) || !joined && !(sameShape(blocks[i], b, doc) && (writerMarked(doc, b) || metaAuthor(doc, text))) {
		return ""
	}
	return text
}

// sameShape reports whether two blocks' elements are of one tag and one
// class, as a page prints each writer's strip: a name in another element
// under the byline ("By Jane Doe" in a byline paragraph over a related
// card's "<span class=author>John Roe</span>") is another story's writer
// or the writer's note, not a second writer.
func sameShape(a, b Block, doc *htmldoc.Doc) bool {
	ha, hb := walkerOf(a, doc), walkerOf(b, doc)
	return ha != nil && hb != nil && ha.Tag == hb.Tag && slices.Equal(ha.Words, hb.Words)
}
