package clean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// maxBannerDepth is the most wrappers above a heading whose classes and
// ids [cookieBannerHeading] reads: a banner's heading sits a few elements
// inside it.
const maxBannerDepth = 24

// cookieBannerHeading reports whether a heading's block sits in a cookie
// or consent banner: outside the page's <article> and <main>, with the
// nearest furniture word of the classes and ids of its element and its
// wrappers below <body> ([wordKind]) naming one ("cookie-consent", "gdpr",
// `<div id="cookies">`). <body> and <html> are not read: themes set a
// consent state there ("cookies-not-set", "gdpr-consent-given") over every
// heading of the page. Such a banner's <h1> ("We value your privacy") is
// never the page's headline, neither for the title's rules nor as the
// ranker's candidate; other furniture words stay out of it, since a
// story's own <h1> may sit in a container marked "paywall" or "promo". A
// block without its element (Node nil) is none.
func cookieBannerHeading(hb *htmldoc.Block) bool {
	if hb.Node == nil || strings.Contains(hb.Path, "article") || strings.Contains(hb.Path, "main") || !anyCookieWord(hb.Words) {
		return false
	}
	var buf [16]string
	n := hb.Node
	for range maxBannerDepth {
		if n == nil || n.Type != html.ElementNode || n.Data == "body" || n.Data == "html" {
			return false
		}
		words := buf[:0]
		for _, a := range n.Attr {
			if a.Namespace == "" && (a.Key == "class" || a.Key == "id") {
				words = htmldoc.SplitWords(a.Val, words)
			}
		}
		for i := len(words) - 1; i >= 0; i-- {
			if k, ok := furnitureWords[words[i]]; ok {
				return k == Cookie
			}
		}
		n = n.Parent
	}
	return false
}

// anyCookieWord reports whether words, a block's classes and ids, hold a
// word for a cookie banner: a cheap test before its wrappers are read.
func anyCookieWord(words []string) bool {
	for _, w := range words {
		if k, ok := furnitureWords[w]; ok && k == Cookie {
			return true
		}
	}
	return false
}
