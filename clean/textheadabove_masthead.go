package clean

import "strings"

// A short line over a long headline-shaped one is often the headline over
// its standfirst, and titleAbove and headOver take it so. On many sites it
// is the site's own name, or a teaser's truncated copy of a headline, and
// the long line under it is the headline. The page says which: a site's
// name is printed again in its copyright line, or is the URL's
// host, or is set as a domain or in parts split by bars; a teaser's copy
// ends in an ellipsis.

// noHeadlineOver reports whether block up, a short line over block t, the
// long headline-shaped line the head reads as up's standfirst, is no
// headline over it: the site's masthead (mastheadLine), a teaser cut
// with an ellipsis (cutTeaser) or a breadcrumb trail (isBreadcrumb: over
// "夜行バス、２年ぶりに運行再開へ", whose every ideograph counts as a word,
// "ホーム ＞ 社会 ＞ 交通" is the shorter line, never its headline).
func (p *Page) noHeadlineOver(up, t int) bool {
	s := strings.TrimSpace(p.blocks[up].Text)
	return cutTeaser(s) || p.mastheadLine(s, t) || isBreadcrumb(s)
}

// cutTeaser reports whether line s (trimmed) ends in an ellipsis, one
// character or three full stops: a teaser's copy of a headline cut to fit
// its card, no headline over a whole line under it.
func cutTeaser(s string) bool {
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...")
}

// mastheadLine reports whether line s, over block t, is the site's name
// rather than a headline: a domain ("valleypost.co.uk"), a line of parts
// split by bars ("Valley Post | Education"), the letters of the URL's
// host, or a line a copyright line below t names.
func (p *Page) mastheadLine(s string, t int) bool {
	if s == "" {
		return false
	}
	if strings.Contains(s, " | ") || domainLine(s) {
		return true
	}
	key := squash(s)
	if len(key) < 4 {
		return false
	}
	if h := hostName(p.in.url); h != "" && squash(h) == key {
		return true
	}
	return p.namedInFoot(s, t)
}

// maxFootLines is how many of the page's last blocks namedInFoot reads
// for its copyright line: a site's foot, not its story.
const maxFootLines = 40

// namedInFoot reports whether a copyright line below block t, among the
// page's last maxFootLines blocks, holds line s: the site's name. (A line
// of the same letters on its own below is no mark: a headline is printed
// again as often, in a list of links.)
func (p *Page) namedInFoot(s string, t int) bool {
	low := ""
	for i := max(t+1, len(p.blocks)-maxFootLines); i < len(p.blocks); i++ {
		f := p.blocks[i].Text
		if len(f) > 4*len(s)+64 || !copyrightLine(f) {
			continue
		}
		if low == "" {
			low = strings.ToLower(s)
		}
		if strings.Contains(strings.ToLower(f), low) {
			return true
		}
	}
	return false
}

// copyrightLine reports whether line f carries a copyright mark: ©, "(c)"
// or the word ("Copyright", "COPYRIGHT").
func copyrightLine(f string) bool {
	return strings.Contains(f, "©") || strings.Contains(f, "(c)") || strings.Contains(f, "(C)") || strings.Contains(f, "opyright") || strings.Contains(f, "OPYRIGHT")
}

// domainLine reports whether line s is one domain name and nothing else:
// no space, a dot between letters, a known last label's shape (two to six
// ASCII letters).
func domainLine(s string) bool {
	if strings.ContainsAny(s, " \t/@") {
		return false
	}
	k := strings.LastIndexByte(s, '.')
	if k <= 0 || len(s)-k-1 < 2 || len(s)-k-1 > 6 {
		return false
	}
	for _, c := range []byte(s[k+1:]) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !fileName(s)
}

// hostName returns the name label of a URL's host ("valleypost" of
// "https://www.valleypost.co.uk/news/1"), or "" for a host without a
// dot ("localhost").
func hostName(u string) string {
	if name, _, dotted := strings.Cut(hostOf(u), "."); dotted {
		return name
	}
	return ""
}
