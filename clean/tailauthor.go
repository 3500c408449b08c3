package clean

import (
	"iter"
	"slices"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// tailBlock reports whether a block below the story may carry the story's
// own byline: a block of the page's content ([contentBlock]), or one of
// the story's own footer or side panel ([articlePanel]: "Posted by Jane
// Doe on 2025-12-18", "Author" over "Jane Doe"; or a post's footer its
// classes name, [postFooter]), whatever kind a detector
// guessed for it (the model often calls such a panel navigation or
// related links), unless it is a caption, a credit, an ad, a reader's
// comment or a list, or in a panel of readers' comments ([commentPanel])
// or of teasers ([teaserPanel]): commenters and teasers of other stories
// sign their own names.
// The page's own footer, outside the article, stays out.
func tailBlock(b Block, doc *htmldoc.Doc) bool {
	if contentBlock(b, doc) {
		return true
	}
	switch b.Kind {
	case Caption, Credit, Ad, CommentPrompt:
		return false
	}
	if b.Line < 1 || b.Line > len(doc.Blocks) {
		return false
	}
	hb := doc.Blocks[b.Line-1]
	return (articlePanel(hb) || postFooter(hb)) && !hb.InNav && !hb.InList && !hb.Hidden &&
		!commentPanel(hb.Node) && !teaserPanel(hb.Node)
}

// teaserPanel reports whether the element n, or an element between it and
// the story's <article> or <main> (the outermost around it), names in its
// own class or id ([htmldoc.ClassEnds]) a panel of other stories' teasers
// ([teaserWords]: "<aside class=related>" in the story's <article>), each
// of which signs its own writer: no byline of the story's. The classes of
// an <article> or a <main> and of the elements above the story's own are
// not read: WordPress names the post's categories on its <article>
// ("category-recommended"), which holds the story's own author box: it
// reads the elements [panelElements] yields.
func teaserPanel(n *html.Node) bool {
	var buf [16]string
	for e := range panelElements(n) {
		for _, w := range htmldoc.ClassEnds(e, buf[:0]) {
			if slices.Contains(teaserWords[:], w) {
				return true
			}
		}
	}
	return false
}

// panelElements yields the element n and the elements above it up to the
// story's <article> or <main> (the outermost around it, [storyWrapper]),
// within maxBoxLevels levels: the elements whose classes may name a panel
// inside the story. It skips an <article> or a <main> and <body> and
// <html>, whose classes name the post or the page ("post has-comments",
// "category-recommended"), not a panel in it.
func panelElements(n *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		top := storyWrapper(n)
		for e, level := n, 0; e != nil && e != top && level < maxBoxLevels; e, level = e.Parent, level+1 {
			if e.Type != html.ElementNode {
				continue
			}
			switch e.Data {
			case "article", "main", "body", "html":
				continue
			}
			if !yield(e) {
				return
			}
		}
	}
}

// storyWrapper returns the outermost <article> or <main> element around n
// within maxBoxLevels levels, or nil.
func storyWrapper(n *html.Node) *html.Node {
	var top *html.Node
	for e, level := n, 0; e != nil && level < maxBoxLevels; e, level = e.Parent, level+1 {
		if e.Type == html.ElementNode && (e.Data == "article" || e.Data == "main") {
			top = e
		}
	}
	return top
}

// teaserWords are the class and id words of a panel of other stories'
// teasers.
var teaserWords = [...]string{"related", "recommended", "recirculation", "teaser", "teasers"}

// articlePanel reports whether an element sits in a footer or an aside of
// the story's own <article> or of the page's <main> (an author's box), not
// in the page's own footer, nor in an <article> inside an aside or a
// footer (a teaser of another story, which signs its own byline: "<aside
// class=related><article>... By Jane Doe").
func articlePanel(hb htmldoc.Block) bool {
	return (hb.InFooter || hb.InAside) && panelInStory(hb.Path)
}

// panelInStory reports whether an element's path (see
// [htmldoc.Block.Path]) has an <article> or a <main> before its first
// <aside> or <footer>, if it has one (a panel its ARIA role marks has
// neither).
func panelInStory(path string) bool {
	for path != "" {
		e, rest, _ := strings.Cut(path, ">")
		switch e {
		case "article", "main":
			return true
		case "aside", "footer":
			return false
		}
		path = rest
	}
	return false
}

// postFooter reports whether an element sits in a post's own footer that
// its classes name, not its tag (Blogger's "<div class=post hentry>...<div
// class=post-footer>Posted by Jane Doe at 8:00 AM"): a class word for a
// footer or a meta strip beside one for a post or an entry, and none for a
// sidebar's widget or a list of other stories.
func postFooter(hb htmldoc.Block) bool {
	foot, post := false, false
	for _, w := range hb.Words {
		switch w {
		case "footer", "meta":
			foot = true
		case "post", "entry", "hentry":
			post = true
		case "widget", "sidebar", "related", "recent", "popular", "site":
			return false
		}
	}
	return foot && post
}

// ownBlog reports whether the site is a person's own, named after the
// name a byline gives ("Posted by Jane Doe" on "Jane Doe's blog"): the
// byline then names the author, not the outlet.
func ownBlog(name, site string) bool {
	rest, ok := strings.CutPrefix(site, name)
	return ok && isPersonName(name) && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s "))
}

// cardRole is the line under a name in an author's card that says the
// person wrote the story: "Author", "Writer, Hardware", "Staff Writer",
// "Contributing Editor".
var cardRole = lazyCompile(`(?i)^(?:[\p{L}-]+\s+){0,2}(?:author|writer|reporter|journalist|correspondent|editor|columnist|contributor)(?:\s*[,|·•]\s*[\p{L}& -]{1,30})?$`)

// cardName reads the author's name from block i below the story, when it
// is a person's name alone ([personShaped]) that says whose it is: marked
// as the author's by its element ([marked]) in the story's own footer or
// side panel ([articlePanel]) or under the story's last paragraphs
// ([storyEndName]), or, as a heading or so marked, over a line
// that gives the author's role ("Jane Doe" over "Author", "Writer,
// Hardware"). A name with a word the
// page writes in lower case is a feature's or a section's ("Custom Status"
// over "AI Writer"). It returns "" otherwise.
func cardName(blocks []Block, i int, doc *htmldoc.Doc, lw *lowerWords) string {
	b := blocks[i]
	name := strings.TrimSpace(b.Text)
	if !personShaped(name) || !tailBlock(b, doc) || slices.ContainsFunc(strings.Fields(name), func(w string) bool { return lw.has(blocks, w) }) {
		return ""
	}
	if articlePanel(doc.Blocks[b.Line-1]) && marked(doc, b) {
		return name
	}
	if isPersonName(name) && storyEndName(blocks, i, doc) {
		return name // "<p class=author><strong>Jane Doe</strong></p>" under the story's last line
	}
	if hb := doc.Blocks[b.Line-1]; (hb.InHeading || marked(doc, b)) &&
		i+1 < len(blocks) && tailBlock(blocks[i+1], doc) && isCardRole(strings.TrimSpace(blocks[i+1].Text)) {
		return name
	}
	return ""
}

// lastWord returns the last word of a name.
func lastWord(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }
