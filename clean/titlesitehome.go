package clean

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// Some templates give og:title (or the JSON-LD headline) the site's own
// title on every page, its name and its slogan ("Harbour Times — News you
// can trust"), while the <title> carries the page's headline with the
// name after it ("Ferry returns to service | Harbour Times"). Cut of its
// name, the first reads as a headline of its own ("News you can trust");
// siteHomeTitle tells it by the name's place and the words: the name
// opens the one title and closes another, behind a headline with no long
// word in common with the slogan. (Where the two rests are one headline,
// even in two wordings, the page merely prints its name on opposite
// sides: [crossedSiteName]; a colon after the name opens a headline:
// "Site: Foo".)

// siteHomeTitle returns the site's name as raw, one of the page's metadata
// titles (entities decoded), prints it, and true when raw is the site's
// own title: the site's name itself opens it before a separator other
// than a colon ([siteOpening]), and another of the page's metadata titles
// closes with the name after one of [titleSeps] behind a headline of
// three words or more that shares no word of four letters or more with
// the rest of raw ([sharesLongWord]). On WCXB's train side it fires on no
// page.
func siteHomeTitle(raw string, m *htmldoc.Meta, site, host string) (string, bool) {
	if site == "" || len(raw) <= len(site) || !strings.EqualFold(raw[:len(site)], site) {
		return "", false // the site's name as printed opens it, or it is no site's title
	}
	i, sep := siteOpening(raw, site, host)
	if i <= 0 || sep == ": " || squash(raw[:i]) != squash(site) {
		return "", false
	}
	rest := strings.TrimSpace(raw[i+len(sep):])
	for _, t := range []string{m.HeadlineLD, m.OGTitle, m.TitleTag} {
		o := withoutBidiMarks(strings.TrimSpace(html.UnescapeString(t)))
		if o == "" || o == raw {
			continue
		}
		head, tail := lastSepSplit(o)
		if tail != "" && wordCount(head) >= 3 && namesSite(tail, site, host) && !sharesLongWord(head, rest) {
			return strings.TrimSpace(raw[:i]), true
		}
	}
	return "", false
}

// sharesLongWord reports whether a and b have a word of four letters or
// more in common, case aside: a slogan says nothing of the story, while
// two wordings of one headline ("State of SEO in 2026: Trends and
// Predictions", "State of SEO in 2026: Trends + How to Prepare") share
// its words.
func sharesLongWord(a, b string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	seen := map[string]bool{}
	for _, w := range words(a) {
		if utf8.RuneCountInString(w) >= 4 {
			seen[w] = true
		}
	}
	for _, w := range words(b) {
		if seen[w] {
			return true
		}
	}
	return false
}
