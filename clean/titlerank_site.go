package clean

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/titlerank"
)

// A site's name is no article's title: a theme's header prints it in an
// <h1> ("<h1 class=site-title"><a href="/">Valley Gazette</a></h1>) over
// the post's own headline in an <h2> or a styled block, and <title> may
// give nothing more. Where the ranker's best candidate is only the
// site's name and another candidate has a headline's shape, that other
// candidate wins.

// siteNameOnly reports whether a candidate title is only the site's name:
// og:site_name, the name the header links to the home page or the
// JSON-LD WebSite object's name, or the
// name a label of the host spells ("valleygazette" in
// www.valleygazette.example), with or without a leading "The".
func siteNameOnly(text string, m *htmldoc.Meta, host string) bool {
	k := squash(text)
	if k == "" {
		return false
	}
	if k == squash(m.SiteName) || k == squash(m.HomeName) || k == squash(m.WebSiteName) {
		return true
	}
	bare := withoutThe(text, k) // "The Valley Gazette" on valleygazette.example
	for _, l := range strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".") {
		if len(l) >= 4 && (squash(l) == k || squash(l) == bare) {
			return true
		}
	}
	return false
}

// sectionLabel reports whether a candidate title is only the label of
// the part of the site the page sits in, as a theme prints it in an <h1>
// over the post ("<div class=page-header><h1>Blog</h1></div>"): the
// page's section as its metadata names it (article:section, JSON-LD
// articleSection) when it is of two words at most (some pages give their
// headline as the section), or one of [sectionLabels]. A short topic is
// no label ("Coffee", "Book Reviews", "Climate Change" stay).
func sectionLabel(text string, m *htmldoc.Meta) bool {
	k := squash(text)
	return k != "" && (k == squash(m.Section) && wordCount(text) <= 2 || sectionLabels[k])
}

// sectionLabels are the names, squashed, templates give the part of a
// site that holds its posts.
var sectionLabels = map[string]bool{
	"blog": true, "ourblog": true, "theblog": true, "blogs": true, "news": true, "latestnews": true, "newsroom": true,
	"article": true, "articles": true, "opinion": true, "insights": true, "resources": true, "stories": true,
	"updates": true, "pressreleases": true, "pressrelease": true, "editorial": true, "features": true,
	"commentary": true, "posts": true, "blogpost": true, "newsandevents": true, "newsevents": true, "announcements": true,
}

// headlineShaped reports whether a candidate reads as a story's headline:
// at least minHeadlineWords words, no part of the site's name, no trap
// ([isTitleTrap]), no sentences, and printed outside the page's furniture
// or given by the JSON-LD headline or og:title.
func headlineShaped(c titlerank.Candidate, site, host string) bool {
	x := c.X
	printed := x[featVisible] > 0 && x[featFurniture] == 0 && x[featLink] == 0
	meta := x[featLD] > 0 || x[featOG] > 0
	return wordCount(c.Text) >= minHeadlineWords && (printed || meta) && !namesSite(c.Text, site, host) &&
		!isTitleTrap(c.Text) && x[featSentences] == 0
}

// minHeadlineWords is the fewest words of a candidate that may stand in
// for the site's name as the title.
const minHeadlineWords = 3

// The places in a candidate's X of the features headlineShaped reads.
var (
	featVisible   = titleFeat("visible")
	featFurniture = titleFeat("furniture")
	featLink      = titleFeat("link")
	featLD        = titleFeat("ld")
	featOG        = titleFeat("og")
	featSentences = titleFeat("sentences")
)

// titleFeat returns the index of the title ranker's feature name in a
// candidate's X. A name the ranker does not have panics as the package
// loads, so a renamed feature fails every test rather than reading
// another feature's value.
func titleFeat(name string) int {
	i := slices.Index(titlerank.Names, name)
	if i < 0 {
		panic("clean: the title ranker has no feature " + name)
	}
	return i
}

// overSiteName returns the index of the candidate to take for the title:
// best, unless it is only the site's name ([siteNameOnly]) or a section's
// label ([sectionLabel]) and another candidate is headline-shaped
// ([headlineShaped]); then the best-scored of those. scores are the
// candidates' scores, in order.
func overSiteName(cands []titlerank.Candidate, scores []float64, best int, m *htmldoc.Meta, host string) int {
	if best < 0 || !siteNameOnly(cands[best].Text, m, host) && !sectionLabel(cands[best].Text, m) {
		return best
	}
	site, alt := titleSite(m), -1
	for i, c := range cands {
		if i != best && headlineShaped(c, site, host) && (alt < 0 || scores[i] > scores[alt]) {
			alt = i
		}
	}
	if alt < 0 {
		return best
	}
	return alt
}
