package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// pluginAuthor returns the author's name an analytics plugin's script data
// gives for the post the page shows (Meta.PostAuthor), as the page's
// author when no other evidence names one: only for a story ("post"), or
// for a plain page ("page") that is dated, never for a product's or
// another custom type's page (a shop's listing keeps its editor's
// account there). The name must read as a person's: no handle
// ("jane.doe"), no organisation's words, not the site's own name.
func pluginAuthor(m *clean.Meta, o *clean.Outlet, dated bool) []string {
	n := strings.TrimSpace(m.PostAuthor)
	switch typ := strings.ToLower(strings.TrimSpace(m.PostType)); {
	case n == "":
		return nil
	case typ == "post":
	case typ == "page" && dated:
	default:
		return nil
	}
	if !nameLike(n) || cleanNotPersonWords(n) || cleanNotAuthorName(n) || cleanSquash(n) == cleanSquash(m.SiteName) ||
		o != nil && cleanSquash(n) == cleanSquash(o.Name) {
		return nil
	}
	return []string{n}
}
