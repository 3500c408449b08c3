package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// aloneSiteName returns the site's name a page without og:site_name, a
// link home or crossed titles ([crossedSiteName]) names by giving it
// whole as one of its own titles while another prints it at its end after
// a separator ([titleSeps]): og:title "Harbour Times" beside <title>
// "Ferry returns to service | Harbour Times". The name must be short (at
// most six words, as [namesSite] takes a name) and the other title's head
// longer; "" when no title is another's end so. A title that is another's
// first part is no name: that is the headline before the site's name
// ("Electrical Safety" beside "Electrical Safety | Mine Safety and Health
// Administration"), on 44 train pages against none the other way. A
// title is split at its separators only when it ends with another.
func aloneSiteName(m *htmldoc.Meta) string {
	ts := [4]string{strings.TrimSpace(m.HeadlineLD), strings.TrimSpace(m.OGTitle), strings.TrimSpace(m.TwitterTitle), strings.TrimSpace(m.TitleTag)}
	for i, name := range ts {
		if name == "" {
			continue
		}
		for j, t := range ts {
			// a byte test first: a title ends with the name on few pages
			if i == j || len(t) <= len(name) || !strings.HasSuffix(t, name) {
				continue
			}
			if head, tail := lastSepSplit(t); tail == name && wordCount(name) <= 6 && wordCount(name) < wordCount(head) {
				return name
			}
		}
	}
	return ""
}
