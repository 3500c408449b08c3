package clean

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// cardBioMin is how many words the note under a card's name holds at
// least: a sentence about the writer, not a role's label.
const cardBioMin = 5

// cardForenameBio reads the author's name from block i below the story
// when the block is the name alone in an author's card: the block is a
// person's name ([personShaped]), not the site's, that no word the page
// writes in lower case makes a feature's, standing in the page's content,
// the story's own panel or the story's element ([cardBlock]); an element marked as the
// authors' holds it ([authorBox]: Ghost's "author-card" with its
// "author-card-name" heading) and holds the next block too, a note about
// the writer that opens with her forename or her whole name and runs to
// [cardBioMin] words ("Lena Fischer" over "Lena covers transport and the
// city's budget."). The mark on the box and the name's own word opening
// the note stand for the trade or the pronoun an unmarked note must
// give ([authorBio]). It returns "" otherwise.
func cardForenameBio(blocks []Block, i int, doc *htmldoc.Doc, site, host string, lw *lowerWords) string {
	if i+1 >= len(blocks) {
		return ""
	}
	b := blocks[i]
	name := strings.TrimSpace(b.Text)
	if !personShaped(name) || namesSite(name, site, host) || notAuthorName(name) || !cardBlock(b, doc) || !cardBlock(blocks[i+1], doc) {
		return ""
	}
	note := strings.TrimSpace(blocks[i+1].Text)
	forename, _, _ := strings.Cut(name, " ")
	if wordCount(note) < cardBioMin || !strings.HasPrefix(note, forename+" ") {
		return ""
	}
	if slices.ContainsFunc(strings.Fields(name), func(w string) bool { return lw.has(blocks, w) }) {
		return ""
	}
	hb, nb := walkerOf(b, doc), walkerOf(blocks[i+1], doc)
	if hb == nil || hb.Node == nil || nb == nil || nb.Node == nil {
		return ""
	}
	box := authorBox(hb.Node)
	if box == nil || !under(nb.Node, box) {
		return ""
	}
	return name
}

// cardBlock reports whether a block may be part of the story's own
// author's card: a block that may carry the story's byline below it
// ([tailBlock]), or one inside the story's <article> or the page's <main>
// (a card after the story's text, whatever kind a detector guessed for
// it) outside a menu, a list, a hidden element and a reader's comment.
func cardBlock(b Block, doc *htmldoc.Doc) bool {
	if tailBlock(b, doc) {
		return true
	}
	if b.Line < 1 || b.Line > len(doc.Blocks) {
		return false
	}
	switch b.Kind {
	case Caption, Credit, Ad, CommentPrompt:
		return false
	}
	hb := doc.Blocks[b.Line-1]
	return panelInStory(hb.Path) && !hb.InNav && !hb.InList && !hb.Hidden && !hb.InAside && !hb.InFooter &&
		!slices.Contains(hb.Words, "comment") && !slices.Contains(hb.Words, "comments")
}
