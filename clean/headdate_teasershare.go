package clean

import "strings"

// shareHref reports whether href is a share button's: a social network's
// share or post endpoint ("facebook.com/sharer/sharer.php?u=...",
// "twitter.com/intent/tweet?url=...", "linkedin.com/shareArticle?...",
// "/share?url=...", "pinterest.com/pin/create/..."), a share host
// ("share.example.com/..."), or a messenger's scheme ("whatsapp:", "sms:",
// "tg:"). Its text ("Share this story on Twitter") may read as a headline
// of four words, but it leads to no other story: a date beside it stays
// the page's own (teaserAbove). The share words count only as the host's
// first label or as whole path segments, before the query: a story's
// slug that holds the word ("/shareholders-back-the-merger",
// "/photo-sharer-app-sold") or a query that names it ("?from=/share/") is
// none of these.
func shareHref(href string) bool {
	if hasFoldPrefix(href, "whatsapp:") || hasFoldPrefix(href, "sms:") || hasFoldPrefix(href, "tg:") {
		return true
	}
	href = pathOnly(href)
	if i := strings.Index(href, "//"); i >= 0 {
		rest := href[i+2:]
		host := rest
		if j := strings.IndexByte(rest, '/'); j >= 0 {
			host, rest = rest[:j], rest[j:]
		} else {
			rest = ""
		}
		if hasFoldPrefix(host, "share.") || hasFoldPrefix(host, "www.share.") {
			return true
		}
		href = rest
	}
	prev := ""
	for seg := range strings.SplitSeq(href, "/") {
		for _, w := range shareSegments {
			if strings.EqualFold(seg, w) {
				return true
			}
		}
		if strings.EqualFold(prev, "intent") && (strings.EqualFold(seg, "tweet") || strings.EqualFold(seg, "post")) || strings.EqualFold(prev, "pin") && strings.EqualFold(seg, "create") {
			return true
		}
		prev = seg
	}
	return false
}

// shareSegments are the path segments of the share endpoints [shareHref]
// knows whole ("/sharer/sharer.php", "/shareArticle", "/share").
var shareSegments = [...]string{"share", "sharer", "sharer.php", "share.php", "sharearticle", "share-offsite"}

// pathOnly returns href without its query and fragment.
func pathOnly(href string) string {
	if cut := strings.IndexByte(href, '?'); cut >= 0 {
		href = href[:cut]
	}
	if cut := strings.IndexByte(href, '#'); cut >= 0 {
		href = href[:cut]
	}
	return href
}
