package clean

import (
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
// www.valleygazette.example).
func siteNameOnly(text string, m *htmldoc.Meta, host string) bool {
	k := squash(text)
	if k == "" {
		return false
	}
	if k == squash(m.SiteName) || k == squash(m.HomeName) || k == squash(m.WebSiteName) {
		return true
	}
	for _, l := range strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".") {
		if len(l) >= 4 && squash(l) == k {
			return true
		}
	}
	return false
}

// headlineShaped reports whether a candidate reads as a story's headline:
// at least minHeadlineWords words, no part of the site's name, no trap
// ([isTitleTrap]), no sentences, and printed outside the page's furniture
// or given by the JSON-LD headline or og:title.
func headlineShaped(c titlerank.Candidate, site, host string) bool {
	x := c.X
	printed := x[titleFeat["visible"]] > 0 && x[titleFeat["furniture"]] == 0 && x[titleFeat["link"]] == 0
	meta := x[titleFeat["ld"]] > 0 || x[titleFeat["og"]] > 0
	return wordCount(c.Text) >= minHeadlineWords && (printed || meta) && !namesSite(c.Text, site, host) &&
		!isTitleTrap(c.Text) && x[titleFeat["sentences"]] == 0
}

// minHeadlineWords is the fewest words of a candidate that may stand in
// for the site's name as the title.
const minHeadlineWords = 3

// titleFeat maps a feature's name to its index in a candidate's X.
var titleFeat = func() map[string]int {
	f := make(map[string]int, len(titlerank.Names))
	for i, n := range titlerank.Names {
		f[n] = i
	}
	return f
}()

// overSiteName returns the index of the candidate to take for the title:
// best, unless it is only the site's name ([siteNameOnly]) and another
// candidate is headline-shaped ([headlineShaped]); then the best-scored
// of those. scores are the candidates' scores, in order.
func overSiteName(cands []titlerank.Candidate, scores []float64, best int, m *htmldoc.Meta, host string) int {
	if best < 0 || !siteNameOnly(cands[best].Text, m, host) {
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
