package clean

// shareHref reports whether href is a share button's: a social network's
// share or post endpoint ("facebook.com/sharer/sharer.php?u=...",
// "twitter.com/intent/tweet?url=...", "linkedin.com/shareArticle?...",
// "/share?url=...", "pinterest.com/pin/create/...") or a messenger's
// scheme ("whatsapp:", "sms:", "tg:"). Its text ("Share this story on
// Twitter") may read as a headline of four words, but it leads to no
// other story: a date beside it stays the page's own (teaserAbove). A
// story's slug that opens on the word ("/shareholders-back-the-merger")
// is none of these.
func shareHref(href string) bool {
	for _, w := range [...]string{"sharer", "/share?", "/share/", "sharearticle", "share.php", "intent/tweet", "intent/post", "pin/create"} {
		if indexFoldASCII(href, w) >= 0 {
			return true
		}
	}
	return hasFoldPrefix(href, "whatsapp:") || hasFoldPrefix(href, "sms:") || hasFoldPrefix(href, "tg:")
}
