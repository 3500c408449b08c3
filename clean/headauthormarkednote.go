package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// maxMarkedNote bounds, in bytes, the note under a name alone by the title
// that [nameOverMarkedNote] reads: a role or a line of credentials, not a
// paragraph.
const maxMarkedNote = 120

// nameOverMarkedNote reads a byline printed as a person's name alone by
// the title ([personShaped], the page's own head block: [ownHeadBlock])
// when the block right under it is a short note whose own element, and
// not the name's, is marked as the author's ([authorMark]: "<p>Jane
// Doe</p><div class=author-description>Licensed grader, M.A.
// Journalism</div>"): the template says whose note it is, and so whose
// name stands over it. A name with a word the page writes in lower case
// is none ([cardLower]). It returns "" otherwise.
func nameOverMarkedNote(blocks []Block, i int, doc *htmldoc.Doc, lw *lowerWords) string {
	if i+1 >= len(blocks) || len(blocks[i+1].Text) > maxMarkedNote {
		return ""
	}
	b := blocks[i]
	name := strings.TrimSpace(b.Text)
	if !personShaped(name) || !ownHeadBlock(b, doc) || !ownHeadBlock(blocks[i+1], doc) || cardLower(blocks, name, lw) {
		return ""
	}
	hb, nb := walkerOf(b, doc), walkerOf(blocks[i+1], doc)
	if hb == nil || hb.Node == nil || nb == nil || nb.Node == nil {
		return ""
	}
	for k, a := 0, nb.Node; a != nil && k < 3; k, a = k+1, a.Parent {
		if under(hb.Node, a) {
			return "" // the mark, if any, is the name's box's too: other readers weigh it
		}
		if a.Type == html.ElementNode && authorMark(a) {
			return name
		}
	}
	return ""
}
