package clean

import (
	"html"
	"strings"
)

// PageTitle is an HTML page's headline as the article gives it: HTML
// entities a page escaped twice decoded ("SQL &#x26; AI"), and the site's
// name, or a short tag after a bar, taken off the end ("Critics' Choice
// 2025 – Artlyst", "Foo | Opinion"), as the <title> loses them (the site is
// the outlet; see withoutSite for the <title>'s fuller rules, too bold for a
// visible headline: "Foo - Part 1" keeps its part). A headline that would
// keep fewer than three words stays whole.
func PageTitle(title, site, host string) string {
	if strings.Contains(title, "&") && strings.Contains(title, ";") {
		title = html.UnescapeString(title)
	}
	for _, sep := range titleSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		bar := sep == " | " || sep == " • " || sep == " · " || sep == " :: "
		if wordCount(head) >= 3 && (namesSite(tail, site, host) || bar && wordCount(tail) <= 4) {
			return head
		}
	}
	return title
}
