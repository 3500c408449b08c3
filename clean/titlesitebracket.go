package clean

import (
	"strings"
	"unicode/utf8"
)

// siteBrackets are the brackets a site's name is set in after a title:
// square, round, and the full-width and lenticular ones of Chinese and
// Japanese pages ("歩道橋が開通【東都新聞】").
var siteBrackets = [...][2]string{{"[", "]"}, {"(", ")"}, {"【", "】"}, {"（", "）"}, {"［", "］"}}

// withoutSiteBracket returns a title without the site's name in brackets
// ([siteBrackets]) at its end ("Ferry returns to service [Harbour
// Times]", "... (harbourtimes.example)", "...【東都新聞】"), where the
// bracket names the site ([namesSite]) and the rest keeps three words. Any
// other closing bracket is the title's own ("Foo [Video]", "Foo
// (updated)", "...【動画】", and "（视频）" on 山谷视频: [shortLabelInName])
// and stays, as does the whole title when the
// bracket opens it ([withoutBracketTag] reads those). The ranker's choice
// loses it ([Page.rankTitle]), not the candidates: cut there it changed
// the features of 4 train pages (none to right: "Electrical Safety | Mine
// Safety and Health Administration (MSHA)" lost both tails) and the refit
// flipped a near tie on a forum page.
func withoutSiteBracket(title, site, host string) string {
	for _, b := range siteBrackets {
		open, shut := b[0], b[1]
		if !strings.HasSuffix(title, shut) {
			continue
		}
		i := strings.LastIndex(title, open)
		if i <= 0 {
			return title
		}
		head, tag := strings.TrimSpace(title[:i]), title[i+len(open):len(title)-len(shut)]
		if strings.Contains(tag, shut) || wordCount(head) < 3 || !namesSite(tag, site, host) || shortLabelInName(tag, site, host) {
			return title
		}
		return head
	}
	return title
}

// shortLabelInName reports whether tag, which [namesSite] matched, is a
// label of under three characters found inside the site's name rather than
// the name itself or the host's ("（视频）", video, on 山谷视频; "【動画】"
// on 東都動画ニュース): namesSite's containment counts bytes, and two
// Chinese or Japanese characters are six.
func shortLabelInName(tag, site, host string) bool {
	k := squash(tag)
	return utf8.RuneCountInString(k) < 3 && k != squash(site) && !namesSite(tag, "", host)
}
