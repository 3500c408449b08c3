package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// aboutCard returns the name of an author's box that opens with "About"
// and the writer's name in its heading ("About Jane Doe" over "Jane Doe
// covers the harbour for the paper."): block i is a heading marked as the
// author's ([marked]: class "author-title"), in the page's content or the
// story's own panel ([tailBlock]), the name a person's ([personShaped])
// and not the site's, and the next block, in such a place too, a note
// about a person ([personNote]) that names her by her forename or her
// surname. An "About Acme" box is the firm's. It returns "" otherwise.
func aboutCard(blocks []Block, i int, doc *htmldoc.Doc, site, host string) string {
	if i+1 >= len(blocks) {
		return ""
	}
	b := blocks[i]
	name, ok := strings.CutPrefix(strings.TrimSpace(b.Text), "About ")
	if !ok || !personShaped(name) || namesSite(name, site, host) || notAuthorName(name) {
		return ""
	}
	hb := walkerOf(b, doc)
	if hb == nil || !hb.InHeading || !tailBlock(b, doc) || !marked(doc, b) || !tailBlock(blocks[i+1], doc) {
		return ""
	}
	note := strings.TrimSpace(blocks[i+1].Text)
	first := strings.Fields(name)[0]
	if !personNote(note) || !strings.HasPrefix(note, first+" ") && !strings.HasPrefix(note, name) && !strings.Contains(note, lastWord(name)) {
		return ""
	}
	return name
}
