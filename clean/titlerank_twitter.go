package clean

import (
	"html"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// Some templates give og:title the site's own title on every page (its
// name, or its name and slogan) while twitter:title carries the story's
// headline. The ranker reads one title of the two social cards: og:title,
// unless it is the site's own and twitter:title says something else.

// maxSiteTitleWords bounds the words of a <title> read as the site's name
// alone when og:title repeats it or opens with it.
const maxSiteTitleWords = 3

// cardTitle returns the social cards' title the ranker reads in og:title's
// place: og:title, or twitter:title where og:title is the site's own
// ([siteCardTitle]).
func cardTitle(m *htmldoc.Meta, host string) string {
	if m.TwitterTitle != "" && siteCardTitle(m, host) {
		return m.TwitterTitle
	}
	return m.OGTitle
}

// siteCardTitle reports whether og:title is the site's own title, not the
// story's: it names the site ([namesSite]), or the <title> is a short name
// ([maxSiteTitleWords]) that og:title repeats or opens before one of
// [titleSeps] ("Harbour Times — News you can trust"); and twitter:title,
// another title, neither names the site nor is held in og:title.
func siteCardTitle(m *htmldoc.Meta, host string) bool {
	og := withoutBidiMarks(strings.TrimSpace(html.UnescapeString(m.OGTitle)))
	tw := withoutBidiMarks(strings.TrimSpace(html.UnescapeString(m.TwitterTitle)))
	site := titleSite(m)
	if og == "" || tw == "" || namesSite(tw, site, host) || strings.Contains(og, tw) {
		return false
	}
	if namesSite(og, site, host) {
		return true
	}
	t := withoutBidiMarks(strings.TrimSpace(html.UnescapeString(m.TitleTag)))
	if t == "" || wordCount(t) > maxSiteTitleWords || !strings.HasPrefix(og, t) {
		return false
	}
	if og == t {
		return true
	}
	for _, sep := range titleSeps {
		if strings.HasPrefix(og[len(t):], sep) {
			return true
		}
	}
	return false
}
