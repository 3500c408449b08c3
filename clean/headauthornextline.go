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
// and nothing else but an "and" or "&" before it, which without one it is
// of the byline's element's shape ([sameShape]), is no picture's caption
// or credit, and the name is neither one already read nor the site's; ""
// otherwise.
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
	if !marked(doc, b) || !marked(doc, blocks[i]) || !ownHeadBlock(b, doc) || !joined && !sameShape(blocks[i], b, doc) {
		return ""
	}
	return text
}

// sameShape reports whether two blocks' elements are of one tag and one
// class, as a page prints each writer's strip: a name under a writer's
// name in another element ("Liz Kenny" over her bio's "Former Consultant",
// a forum poster's name over her rank's) is her note, not a second writer.
func sameShape(a, b Block, doc *htmldoc.Doc) bool {
	ha, hb := walkerOf(a, doc), walkerOf(b, doc)
	return ha != nil && hb != nil && ha.Tag == hb.Tag && slices.Equal(ha.Words, hb.Words)
}
