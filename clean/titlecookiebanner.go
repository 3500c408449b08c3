package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// cookieBannerHeading reports whether a heading's block sits in a cookie
// or consent banner: outside the page's <article> and <main>, with the
// nearest furniture word of its element's and its ancestors' classes and
// ids ([wordKind]) naming one ("cookie-consent", "gdpr"), though not the
// plural "cookies", which themes set on <body> as a state ("cookies-not-set")
// over every heading of the page. Such a banner's <h1> ("We value your
// privacy") is never the page's headline, neither for the title's rules
// nor as the ranker's candidate; other furniture words stay out of it,
// since a story's own <h1> may sit in a container marked "paywall" or
// "promo".
func cookieBannerHeading(hb *htmldoc.Block) bool {
	if strings.Contains(hb.Path, "article") || strings.Contains(hb.Path, "main") {
		return false
	}
	for i := len(hb.Words) - 1; i >= 0; i-- {
		if k, ok := furnitureWords[hb.Words[i]]; ok {
			return k == Cookie && hb.Words[i] != "cookies"
		}
	}
	return false
}
