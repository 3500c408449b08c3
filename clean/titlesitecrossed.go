package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// crossedSiteName returns the site's name a page without og:site_name or
// a link home names only by printing it at opposite ends of two of its own
// titles: og:title "Harbour Times | Ferry returns to service" beside
// <title> "Ferry returns to service | Harbour Times". The part must be
// short (at most six words, as [namesSite] takes a name, and fewer than
// the rest), the rests of the two titles the same headline ([agrees]),
// and the separators [titleSeps]; "" when no two titles cross so. The
// name is matched as printed: each title's last part is found once, and
// the test is a prefix comparison per pair of titles.
func crossedSiteName(m *htmldoc.Meta) string {
	ts := [3]string{strings.TrimSpace(m.HeadlineLD), strings.TrimSpace(m.OGTitle), strings.TrimSpace(m.TitleTag)}
	var heads, tails [3]string
	for j, t := range ts {
		heads[j], tails[j] = lastSepSplit(t)
	}
	for i, a := range ts {
		for j, name := range tails {
			if i == j || name == "" {
				continue
			}
			after, ok := strings.CutPrefix(a, name)
			if !ok {
				continue
			}
			rest, ok := cutSepPrefix(after)
			if ok && wordCount(name) <= 6 && wordCount(name) < wordCount(rest) && agrees(rest, heads[j]) {
				return name
			}
		}
	}
	return ""
}

// lastSepSplit returns title's text before and after its last separator
// ([titleSeps]), or "", "" when it has none.
func lastSepSplit(title string) (head, tail string) {
	at, n := -1, 0
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > at {
			at, n = i, len(sep)
		}
	}
	if at <= 0 {
		return "", ""
	}
	return strings.TrimSpace(title[:at]), strings.TrimSpace(title[at+n:])
}

// cutSepPrefix returns s without the separator ([titleSeps]) it opens
// with, and whether it opens with one and holds more after it.
func cutSepPrefix(s string) (string, bool) {
	for _, sep := range titleSeps {
		if rest, ok := strings.CutPrefix(s, sep); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}
