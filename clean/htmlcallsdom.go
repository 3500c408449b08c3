package clean

import (
	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// nearLevels is how many elements, the block's own and its nearest
// ancestors, are read for a class or id that names the box the block sits
// in: a bio's paragraph sits in the box's description element, in the box.
// Near enough that the story's own wrapper, which publishing systems name
// after the author or the post's type, is out of reach.
const nearLevels = 3

// maxBoxWords is the longest block, in words, read as the text of an
// author's bio or a disclaimer box.
const maxBoxWords = 120

// authorBoxWords are the words that, beside "author" in one class or id
// value, name a box about the author ("author-bio", "authorBox",
// "about-author", "author-card").
var authorBoxWords = map[string]bool{
	"bio": true, "bio1": true, "biography": true, "box": true, "card": true, "info": true,
	"about": true, "description": true, "desc": true, "profile": true, "details": true,
}

// nearBox returns the rule of the box around element n that holds page
// furniture written as prose: an author's bio ("model/html-bio") or a
// disclaimer ("model/html-disclaimer"), named by the class or id of n or
// of its nearest ancestors (nearLevels); "" when they name none.
func nearBox(n *html.Node) string {
	var words []string
	for up := 0; n != nil && up < nearLevels; n, up = n.Parent, up+1 {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			if a.Key != "class" && a.Key != "id" {
				continue
			}
			words = htmldoc.SplitWords(a.Val, words[:0])
			if rule := boxRule(words); rule != "" {
				return rule
			}
		}
	}
	return ""
}

// boxRule returns the rule for the words of one class or id value (see
// nearBox), or "".
func boxRule(words []string) string {
	author, box := false, false
	for _, w := range words {
		switch {
		case w == "disclaimer":
			return "model/html-disclaimer"
		case w == "abh" || w == "authorbio" || w == "authorbox" || w == "aboutauthor" || w == "authorinfo":
			return "model/html-bio" // abh: the "author bio box" plug-in's prefix
		case w == "author":
			author = true
		case authorBoxWords[w]:
			box = true
		}
	}
	if author && box {
		return "model/html-bio"
	}
	return ""
}

// dropNearBox labels block i Other when it sits in an author's bio box or
// a disclaimer box (see nearBox) and is not a byline or a date line,
// which the head and tail detectors read for the author's name and the
// date; it reports whether it did.
func (p *Page) dropNearBox(i int) bool {
	hb := p.walkerBlock(i)
	if hb == nil || hb.Node == nil {
		return false
	}
	rule := nearBox(hb.Node)
	if rule == "" {
		return false
	}
	text := p.blocks[i].Text
	if isByline(text) || isDateLine(text) || wordCount(text) > maxBoxWords {
		return false
	}
	return p.labelAs(i, Other, rule)
}
