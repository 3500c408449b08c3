package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// More forms of the author's box under an HTML story, read where no byline
// by the title names anyone ([labelledAuthors]): a box whose one paragraph
// opens with the name and a colon ([boxBio]: "Jane Doe: Since she founded
// the firm in 1998, Jane has ..."), a line that gives the name and the
// writer's role over a note that opens with the forename ([roleLineBio]:
// "Jane Doe Independent Technology Writer" over "Jane explores ... Her
// work ...").

// boxBioMin is how many words the note after a box's "Jane Doe:" holds at
// least: a sentence about the person, not a label's value.
const boxBioMin = 8

// boxBio returns the name that opens block i's text before a colon when
// the block is an author's box: its element is marked as the author's
// ([marked]: class "author-meta"), it stands below the title in the page's
// content or the story's own panel ([tailBlock]), the name has a person's
// shape and is not the site's, and what follows the colon is a note about
// a person ([personNote]: a trade, or "he", "her"). An interview's "Jane
// Doe: I think ..." is no author's box: its element is not so marked.
// It returns "" otherwise.
func boxBio(blocks []Block, i int, doc *htmldoc.Doc, site, host string) string {
	b := blocks[i]
	name, note, ok := strings.Cut(strings.TrimSpace(b.Text), ": ")
	if !ok || !personShaped(name) || wordCount(note) < boxBioMin || namesSite(name, site, host) || notAuthorName(name) {
		return ""
	}
	if !tailBlock(b, doc) || !marked(doc, b) || !personNote(note) {
		return ""
	}
	return name
}

// roleLineMax is the longest line, in bytes, that gives a name and a role
// in an author's box.
const roleLineMax = 120

// roleLineBio returns the name that opens block i when the block is an
// author's box's first line, the name in an element of its own and the
// writer's role after it ("<strong>Jane Doe</strong> <em>UK-based
// Independent Technology Writer</em>": the role's last word names a
// trade, [bioRole]), and the next block is the note about the writer: it
// opens with the name's forename and a word in lower case ("Jane explores
// ..."), runs to eight words or more and holds a person's pronoun
// ([cardPronoun]). Both must stand in the page's content or the story's
// own panel ([tailBlock]); a name with a word the page writes in lower
// case, or the site's own, is none. It returns "" otherwise.
func roleLineBio(blocks []Block, i int, doc *htmldoc.Doc, site, host string, lw *lowerWords) string {
	if i+1 >= len(blocks) || len(blocks[i].Text) > roleLineMax {
		return ""
	}
	hb := walkerOf(blocks[i], doc)
	if hb == nil || hb.Node == nil {
		return ""
	}
	line := strings.TrimSpace(blocks[i].Text)
	name := leadText(hb.Node)
	role, ok := strings.CutPrefix(line, name+" ")
	w := strings.Fields(role)
	if !ok || !personShaped(name) || len(w) == 0 || len(w) > 8 || !bioRole.MatchString(w[len(w)-1]) {
		return ""
	}
	note := strings.TrimSpace(blocks[i+1].Text)
	rest, ok := strings.CutPrefix(note, strings.Fields(name)[0]+" ")
	if !ok || rest == "" || rest[0] < 'a' || rest[0] > 'z' || wordCount(note) < boxBioMin || !cardPronoun.MatchString(note) {
		return ""
	}
	if !tailBlock(blocks[i], doc) || !tailBlock(blocks[i+1], doc) || namesSite(name, site, host) || cardLower(blocks, name, lw) {
		return ""
	}
	return name
}

// leadText returns the text of the first element inside n when it opens
// n's text ("Jane Doe" of "<p><strong>Jane Doe</strong> <em>Writer</em></p>"),
// read up to a bound; "" when text comes before it or it holds none.
func leadText(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return ""
			}
		case html.ElementNode:
			var b strings.Builder
			var walk func(*html.Node)
			walk = func(n *html.Node) {
				for c := n.FirstChild; c != nil && b.Len() <= roleLineMax; c = c.NextSibling {
					switch c.Type {
					case html.TextNode:
						b.WriteString(c.Data)
					case html.ElementNode:
						walk(c)
					}
				}
			}
			walk(c)
			return strings.Join(strings.Fields(b.String()), " ")
		}
	}
	return ""
}
