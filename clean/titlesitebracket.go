package clean

import "strings"

// withoutSiteBracket returns a title without the site's name in square
// brackets or parentheses at its end ("Ferry returns to service [Harbour
// Times]", "... (harbourtimes.example)"), where the bracket names the site
// ([namesSite]) and the rest keeps three words. Any other closing bracket
// is the title's own ("Foo [Video]", "Foo (updated)") and stays, as does
// the whole title when the bracket opens it ([withoutBracketTag] reads
// those). The ranker's choice loses it ([Page.rankTitle]), not the
// candidates: cut there it changed the features of 4 train pages (none
// to right: "Electrical Safety | Mine Safety and Health Administration
// (MSHA)" lost both tails) and the refit flipped a near tie on a forum
// page.
func withoutSiteBracket(title, site, host string) string {
	n := len(title)
	if n < 3 || title[n-1] != ']' && title[n-1] != ')' {
		return title
	}
	open, shut := byte('['), title[n-1]
	if shut == ')' {
		open = '('
	}
	i := strings.LastIndexByte(title, open)
	if i <= 0 {
		return title
	}
	head, tag := strings.TrimSpace(title[:i]), title[i+1:n-1]
	if strings.IndexByte(tag, shut) >= 0 || wordCount(head) < 3 || !namesSite(tag, site, host) {
		return title
	}
	return head
}
