package clean

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// Many templates print the headline in a styled <div>, <p> or <span>
// rather than a heading element (`<div class="entry-title">`, `<p
// class="article-headline">`). Such a block above the story is a title
// candidate, weighed as an <h2> above the story is (the "h2" source: train
// pages print too few such headlines for a feature of their own), so a
// page whose metadata holds only the site's name still has its headline
// to choose.

// maxStyledWords bounds the words of a styled headline; a longer block
// is a standfirst or a teaser.
const maxStyledWords = 30

// styledHeadline reports whether element n is styled as a page's headline:
// set in large type by its own inline style ([largeType]), or named so by
// one of its class names or its id: the name's last word is "headline",
// or "title" after a word that names the article ([articleTitleWords]:
// "entry-title", "postTitle", "article__title"), and no word of it names
// something other than the article (the site's title, a widget's or a
// card's, a section's, a subtitle's words split off: "site", "widget",
// "card", "sub" ...).
func styledHeadline(n *html.Node) bool {
	if n == nil {
		return false
	}
	var toks [16]string
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == "style" && largeType(a.Val) {
			return true
		}
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		names := strings.Fields(a.Val)
		if a.Key == "id" {
			names = []string{a.Val}
		}
		for _, name := range names {
			t := htmldoc.SplitWords(name, toks[:0])
			if len(t) == 0 || len(t) > 4 {
				continue
			}
			last, before := t[len(t)-1], t[:len(t)-1]
			if anyWordIn(before, otherTitleWords) {
				continue
			}
			if last == "headline" || last == "title" && anyWordIn(before, articleTitleWords) {
				return true
			}
		}
	}
	return false
}

// otherTitleWords name the title of something other than the article in a
// class name before "title": the site's, a widget's, a card's or list
// item's, a section's or a box's, or a subtitle's.
var otherTitleWords = []string{
	"site", "blog", "logo", "brand", "widget", "card", "item", "list", "teaser", "promo", "related",
	"section", "sidebar", "side", "menu", "nav", "footer", "box", "block", "module", "modal", "popup",
	"sub", "category", "cat", "tag", "archive", "author", "comment", "comments", "banner", "ad", "video",
	"image", "img", "photo", "gallery", "caption", "product", "form", "search", "newsletter", "tab",
}

// articleTitleWords say, before "title" in a class name, that the title
// is the article's ("entry-title", "post-title", "article__title"): a bare
// "title" class heads widgets, cards and menus as often.
var articleTitleWords = []string{"entry", "post", "article", "story", "news", "single", "page", "main", "content", "headline"}

// anyWordIn reports whether one of the words is in set.
func anyWordIn(words, set []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(set, w) })
}

// styledCandidate reports whether block i is a styled headline the ranker
// takes as a candidate: no heading element (those are candidates of their
// own), above the story's first paragraph (first), printed outside
// navigation, asides, footers and figures, not mostly a link, of one to
// [maxStyledWords] words, visible unless the page hides its story.
func (p *Page) styledCandidate(i, first int, hiddenStory bool) bool {
	b := p.blocks[i]
	if i >= first || b.HTML == nil || len(b.Text) > 300 {
		return false
	}
	switch b.HTML.Tag {
	case "div", "p", "span", "strong", "b", "a", "header", "section":
	default:
		return false
	}
	hb := p.in.doc.Blocks[b.Line-1]
	if hb.InHeading || hb.InNav || hb.InAside || hb.InFooter || hb.InFigure || hb.LinkDensity > 0.5 || hb.Hidden && !hiddenStory {
		return false
	}
	if n := wordCount(b.Text); n < 1 || n > maxStyledWords {
		return false
	}
	return styledHeadline(hb.Node)
}

// largeType reports whether an inline style sets a headline's type size:
// 24 pixels or more, 18 points or more, 1.5 em or rem or more, or
// "x-large" and larger ("font-size: 28px", "font-size:2em").
func largeType(style string) bool {
	style = strings.ToLower(style)
	i := strings.Index(style, "font-size")
	if i < 0 {
		return false
	}
	v := strings.TrimLeft(style[i+len("font-size"):], " \t")
	v, ok := strings.CutPrefix(v, ":")
	if !ok {
		return false
	}
	v = strings.TrimSpace(v)
	if end := strings.IndexAny(v, ";!"); end >= 0 {
		v = strings.TrimSpace(v[:end])
	}
	switch v {
	case "x-large", "xx-large", "xxx-large":
		return true
	}
	j := 0
	for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == '.') {
		j++
	}
	num, err := strconv.ParseFloat(v[:j], 64)
	if err != nil {
		return false
	}
	switch strings.TrimSpace(v[j:]) {
	case "px":
		return num >= 24
	case "pt":
		return num >= 18
	case "em", "rem":
		return num >= 1.5
	}
	return false
}
