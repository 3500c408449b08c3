package extract

import "strings"

// A social channel's page flattened (a Telegram channel's, a community
// wall's): its <title> line opens the page, a headline and the site's
// name ("Council restores night buses | Valley Post"), then the channel's
// name and a message whose short first line ("Big news tonight") stands
// over its text where a headline stands over a story. The message's first
// line is no headline: the page's is on its <title> line.

// maxMessageLineWords is the most words of a title read as a message's
// first line.
const maxMessageLineWords = 4

// minTagHeadWords is the fewest words of the headline on the <title>
// line that takes a message line's place.
const minTagHeadWords = 6

// titleLineOpens is how many input lines down the page's <title> line
// may stand: the page's first, after a blank line or two.
const titleLineOpens = 3

// channelTitle returns the headline on the page's opening <title> line
// when the title is a message's short first line, and whether it found
// one: the title has at most maxMessageLineWords words and asks nothing;
// the <title> line, taken out of the article, prints a headline of
// minTagHeadWords words or more with the site's name ([siteOffTagLine]),
// a name a copyright line on the page prints, and a headline the page
// prints nowhere else ([printedAgain]).
func channelTitle(a *Article) (string, bool) {
	t := strings.TrimSpace(a.Title)
	if n := len(strings.Fields(t)); n == 0 || n > maxMessageLineWords || strings.HasSuffix(t, "?") {
		return "", false
	}
	line := titleLine(a)
	for _, r := range a.Removed {
		if r.Line > titleLineOpens || r.Line >= line {
			continue
		}
		l, _, _ := strings.Cut(r.Text, "\n")
		l = strings.TrimSpace(l)
		head, ok := siteOffTagLine(l)
		if !ok || len(strings.Fields(head)) < minTagHeadWords {
			continue
		}
		name := strings.Trim(strings.Replace(l, head, "", 1), " |-–—·•:")
		if copyrightNames(a, name) && !printedAgain(a, head) {
			return sectionOffTagLine(head), true
		}
	}
	return "", false
}

// copyrightNames reports whether a copyright line the article's removed
// blocks hold names name, five letters or more.
func copyrightNames(a *Article, name string) bool {
	key := cleanSquash(name)
	if len(key) < 5 {
		return false
	}
	for _, r := range a.Removed {
		for l := range strings.Lines(r.Text) {
			if l = strings.TrimSpace(l); copyrightLine(l) && strings.Contains(cleanSquash(l), key) {
				return true
			}
		}
	}
	return false
}
