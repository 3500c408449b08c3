package clean

import (
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// maxCardBlocks bounds the blocks after a byline's first name that
// [cardCoAuthors] reads for more names: three writers' cards, each a
// name, a role and a bio, and the joining words between them.
const maxCardBlocks = 9

// maxAuthorBoxText bounds, in bytes, the text of an element that
// [authorBox] takes for a byline's box: a few names with their roles and
// a line of bio each, never the story's element.
const maxAuthorBoxText = 600

// cardCoAuthors returns a byline's authors where the page prints each
// name in a block of its own inside one element marked as the authors'
// ([authorBox]): two writers' cards, each an avatar, a linked name and a
// line of bio ("<div class=authors><div class=author-card>...</div>
// <div class=author-card>...</div></div>"), a list of author links ("<ul
// class=article-authors><li><a href=/author/...>"), or two profile links
// parted by a block that is only a joining word ("Kari Halvorsen" "and"
// "Dev Malhotra"). first is the name read from block i; a later block of
// the box is another author's when it is a person's name (isPersonName)
// and an element under the box marks it as an author's ([authorMark]) or
// a joining word alone stands just before it; a role glued after the name
// ("John RoeData editor") is cut off it first ([unglueRoleHead]). It returns nil unless the
// box gives two names or more; the roles, bios and dates between them are
// no names.
func cardCoAuthors(blocks []Block, i int, doc *htmldoc.Doc, first string) []string {
	hb := walkerOf(blocks[i], doc)
	if hb == nil || hb.Node == nil {
		return nil
	}
	box := authorBox(hb.Node)
	if box == nil {
		return nil
	}
	names := []string{first}
	joined := false
	for j := i + 1; j < len(blocks) && j <= i+maxCardBlocks; j++ {
		wb := walkerOf(blocks[j], doc)
		if wb == nil || wb.Node == nil || !under(wb.Node, box) {
			break
		}
		text := strings.TrimSpace(blocks[j].Text)
		if joinWords[strings.ToLower(text)] {
			joined = true
			continue
		}
		if !isPersonName(text) {
			text = unglueRoleHead(text) // "John RoeData editor": his link and his role's span with no blank between
		}
		if isPersonName(text) && !notAuthorName(text) && linkedCoAuthor(wb.Node, box, text, joined) && !slices.Contains(names, text) {
			names = append(names, text)
		}
		joined = false
	}
	if len(names) < 2 {
		return nil
	}
	return names
}

// joinWords are the words that join two writers' names in a byline,
// printed alone between two profile links: "and" in the languages whose
// bylines the head reads, and the ampersand.
var joinWords = map[string]bool{
	"and": true, "&": true, ",": true, "und": true, "et": true, "y": true, "e": true, "en": true,
	"och": true, "og": true, "ve": true, "и": true, "і": true, "та": true, "i": true, "și": true,
}

// authorBox returns the element that holds a byline's names: the
// outermost of n and its four nearest ancestors that is marked as the
// author's ([authorMark]: "authors", "author-list", "byline-wrapper") and
// whose text is short ([maxAuthorBoxText]); nil when none is.
func authorBox(n *html.Node) *html.Node {
	var box *html.Node
	for k, a := 0, n; a != nil && k < 5; k, a = k+1, a.Parent {
		if a.Type != html.ElementNode || a.Data == "body" || a.Data == "article" || a.Data == "main" {
			break
		}
		if authorMark(a) && len(nodeText(a, maxAuthorBoxText)) < maxAuthorBoxText {
			box = a
		}
	}
	return box
}

// under reports whether n is box or lies inside it.
func under(n, box *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a == box {
			return true
		}
	}
	return false
}

// linkedCoAuthor reports whether block text, whose element is n inside
// box, is a writer's link: a link ("<a>") whose text is the block's is n,
// an element between n and box, or one inside n; and that link, or an
// element between it and box, is marked as an author's ([authorMark]),
// unless joined (a joining word alone stood before it). A writer's role or
// a forum's rank printed under the name ("Former Consultant", "Board
// Owner") is no link.
func linkedCoAuthor(n, box *html.Node, text string, joined bool) bool {
	link, mark := false, joined
	for a := n; a != nil && a != box; a = a.Parent {
		link = link || a.Type == html.ElementNode && a.Data == "a"
		mark = mark || authorMark(a)
	}
	seen := 0
	for d := range n.Descendants() {
		if seen++; seen > maxAuthorLinks {
			break
		}
		if d.Type == html.ElementNode && nodeText(d, 120) == text {
			link = link || d.Data == "a"
			mark = mark || authorMark(d)
		}
	}
	return link && mark
}

// captionByline reports whether a block the image detector took for a
// caption is the byline: its element is marked as the author's ([marked]:
// "<p class=byline>By Jane Doe</p>" over "<p class=photo-credit>Photos by
// John Roe</p>", a pair the detector reads as a caption and its credit),
// holds no picture, and its text is a byline form ([bylineMatch]).
func captionByline(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil || !marked(doc, b) {
		return false
	}
	for d := range hb.Node.Descendants() {
		if d.Type == html.ElementNode && (d.Data == "img" || d.Data == "picture" || d.Data == "figure") {
			return false
		}
	}
	for a := hb.Node; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && (a.Data == "figure" || a.Data == "figcaption") {
			return false
		}
	}
	return len(bylineMatch(b.Text)) > 0
}
