package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// A byline strip often prints the author's name in an element of its own
// beside the date, and the page's reader glues them into one block:
// <div class="post-author"><span class="post-author-name">Jane Doe</span>
// <time>- 2025/4/29</time></div> reads "Jane Doe- 2025/4/29". The block as
// a whole is no name, but the element marked as the author's inside it
// holds one (a company's blog prints its own name there: the extractor
// judges that one, see [htmldoc.Meta.BylineSite]).

// maxMarkedPart bounds the text read from a marked element inside a block:
// a name is short, a bio is not.
const maxMarkedPart = 80

// markedPart returns the text of the first element inside block b's own
// element that is marked as the author's ([authorMark]) and holds only a
// part of the block's text, trimmed; "" when there is none or when that
// text is long. (The strip's own element may be marked too, by a class
// such as "post-author", with its name's and its date's elements inside.)
func markedPart(doc *htmldoc.Doc, b Block) string {
	hb := walkerOf(b, doc)
	if hb == nil || hb.Node == nil {
		return ""
	}
	seen := 0
	var find func(n *html.Node) string
	find = func(n *html.Node) string {
		for c := n.FirstChild; c != nil && seen < 16; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			seen++
			if authorMark(c) {
				if t := boundedText(c, maxMarkedPart); t != "" && len(t) < len(strings.TrimSpace(hb.Text)) && ownText(c, hb.Text) {
					return t
				}
				continue
			}
			if t := find(c); t != "" {
				return t
			}
		}
		return ""
	}
	return find(hb.Node)
}

// boundedText returns the text under n with its runs of space made one,
// trimmed, or "" when it runs past limit bytes.
func boundedText(n *html.Node, limit int) string {
	var b strings.Builder
	over := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !over; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
				over = b.Len() > 2*limit
			case html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	s := strings.Join(strings.Fields(b.String()), " ")
	if over || len(s) > limit {
		return ""
	}
	return s
}

// maxPartRest bounds what a byline strip prints beside the marked name:
// a label, a date, a reading time ("by | Apr 21, 2025"). A teaser's
// headline beside its author's name is longer.
const maxPartRest = 32

// otherCredit ends the words before a name that credit someone other than
// the author: a reviewer or an editor ("Reviewed by", "Edited by"), a
// contact ("Contact:", "Media contact"), a photographer ("Photo:").
var otherCredit = lazyCompile(`(?i)(?:(?:` + creditVerbs + `)\s*by|contacts?|photos?|images?|illustrations?)\s*:?\s*$`)

// partName returns the author's name that a marked element inside block
// i gives ([markedPart]), as [markedName] takes one; "" when it gives
// none, when the rest of the block is more than a strip's label and date
// ([maxPartRest], one line), when the words before the name credit
// someone else ([otherCredit]), or when another block of the head, from
// lo to hi, holds such an element too (a list of teasers signs each one,
// often with the same names).
func partName(blocks []Block, i, lo, hi int, doc *htmldoc.Doc, site, host string) string {
	t := markedPart(doc, blocks[i])
	if t == "" {
		return ""
	}
	n := markedName(t, site, host)
	text := strings.TrimSpace(blocks[i].Text)
	if n == "" || strings.Contains(text, "\n") || len(text)-len(t) > maxPartRest {
		return ""
	}
	if before, _, ok := strings.Cut(text, t); ok && otherCredit.MatchString(before) {
		return "" // "Reviewed by", "Contact:": someone else's name
	}
	for k := max(lo, 0); k < len(blocks) && k <= hi; k++ {
		if k != i {
			if markedPart(doc, blocks[k]) != "" {
				return ""
			}
		}
	}
	return n
}
