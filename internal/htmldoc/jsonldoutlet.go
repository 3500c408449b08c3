package htmldoc

import "strings"

// A news outlet's own name as its story's author. A newspaper's CMS that
// signs no one often fills the JSON-LD author with the paper itself
// ({"@type": "Organization", "name": "Diario del Valle"} beside the same
// publisher). That credits no writer: an outlet is never its story's
// author (a desk is: "Redacción Deportes" is no publisher's name). A
// company's blog does the same, and there the company is who wrote the
// post, so the author is dropped only where the page says it is news:
// the article is typed NewsArticle (or one of its kinds) or its publisher
// NewsMediaOrganization. A Person given the very name of a publisher
// typed Organization is the outlet too (a CMS account named after the
// site, typed Person as every account is); a publisher typed Person is
// someone publishing under their own name, who stays the author.

// ldOutletAuthors returns the names of the article object's authors typed
// Organization, and of those typed otherwise that bear the name of a
// publisher typed Organization, where the object is a news story (see
// above); nil otherwise. byID resolves authors and publishers given by
// @id only.
func ldOutletAuthors(best map[string]any, byID map[string]map[string]any) []string {
	if !ldIsNews(best, byID) {
		return nil
	}
	var out []string
	orgPublisher := ""
	if p := ldResolved(best["publisher"], byID); p != nil && ldTypeIs(p["@type"], "Organization", "NewsMediaOrganization") {
		orgPublisher = outletKey(ldString(p["name"]))
	}
	add := func(x any) {
		o := ldResolved(x, byID)
		if o == nil {
			return
		}
		s := ldString(o["name"])
		if s != "" && (ldTypeIs(o["@type"], "Organization", "NewsMediaOrganization") || orgPublisher != "" && outletKey(s) == orgPublisher) {
			out = append(out, s)
		}
	}
	if list, ok := best["author"].([]any); ok {
		for i, x := range list {
			if i == 64 {
				break
			}
			add(x)
		}
	} else {
		add(best["author"])
	}
	return out
}

// ldIsNews reports whether the article object is a news story: typed
// NewsArticle or one of its kinds (ReportageNewsArticle,
// AnalysisNewsArticle, ...), or published by a NewsMediaOrganization.
func ldIsNews(best map[string]any, byID map[string]map[string]any) bool {
	if ldTypeHas(best["@type"], "NewsArticle") {
		return true
	}
	p := ldResolved(best["publisher"], byID)
	return p != nil && ldTypeIs(p["@type"], "NewsMediaOrganization")
}

// ldTypeIs reports whether an @type value (a string or an array of them)
// is one of names, by its bare name or a schema.org address ending in it.
func ldTypeIs(t any, names ...string) bool {
	return ldTypeMatch(t, func(s string) bool {
		for _, n := range names {
			if s == n || strings.HasSuffix(s, "/"+n) {
				return true
			}
		}
		return false
	})
}

// ldTypeHas reports whether an @type value names a type containing part
// ("NewsArticle" in "ReportageNewsArticle").
func ldTypeHas(t any, part string) bool {
	return ldTypeMatch(t, func(s string) bool { return strings.Contains(s, part) })
}

// ldTypeMatch reports whether an @type value, a string or an array of
// them, has one that ok accepts.
func ldTypeMatch(t any, ok func(string) bool) bool {
	switch t := t.(type) {
	case string:
		return ok(t)
	case []any:
		for _, x := range t {
			if s, is := x.(string); is && ok(s) {
				return true
			}
		}
	}
	return false
}

// withoutOutlet returns authors without those of outletAuthors that are
// the outlet's own name (site, the page's site name, or publisher, the
// JSON-LD publisher's), case and a leading "The" aside.
func withoutOutlet(authors, outletAuthors []string, site, publisher string) []string {
	if len(outletAuthors) == 0 {
		return authors
	}
	own := func(n string) bool {
		k := outletKey(n)
		if k == "" || k != outletKey(site) && k != outletKey(publisher) {
			return false
		}
		for _, o := range outletAuthors {
			if outletKey(o) == k {
				return true
			}
		}
		return false
	}
	var out []string
	for _, n := range authors {
		if !own(n) {
			out = append(out, n)
		}
	}
	return out
}

// outletKey is an outlet's name for comparing: trimmed, lower case,
// without a leading "the ".
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimPrefix(s, "the ")
}

// ldTwinPersons returns, where the chosen article object credits only
// organisations that may be the outlet (ldOutletAuthors: the paper itself
// as the NewsArticle's author), the people typed Person of another
// article object of the page with the same headline: a CMS's second
// script for the same story, {"@type": "Article", "author": {"@type":
// "Person", ...}}, and that object. A Person bearing the outlet's name
// (the chosen object's outlet author or its publisher typed
// Organization, as outletKey reads them) is the site's own account, not
// a writer: it is left out, and a twin with no one else is no twin.
// Headlines are compared as Meta.HeadlineLD reads them ([clean]: entities
// decoded, spaces collapsed), since one script may write "&#8217;" where
// the other has "’". nil where there is none; a listing's items and
// related stories have other headlines.
func ldTwinPersons(best map[string]any, byID map[string]map[string]any, articles []map[string]any) ([]any, map[string]any) {
	title := clean(ldString(best["headline"]))
	if title == "" {
		return nil, nil
	}
	outlet := map[string]bool{}
	for _, n := range ldOutletAuthors(best, byID) {
		outlet[outletKey(n)] = true
	}
	if p := ldResolved(best["publisher"], byID); p != nil && ldTypeIs(p["@type"], "Organization", "NewsMediaOrganization") {
		outlet[outletKey(ldString(p["name"]))] = true
	}
	for _, o := range articles {
		if clean(ldString(o["headline"])) != title {
			continue
		}
		var people []any
		for _, p := range ldPersons(o["author"], byID) {
			if m, ok := p.(map[string]any); ok && !outlet[outletKey(ldString(m["name"]))] {
				people = append(people, p)
			}
		}
		if len(people) > 0 {
			return people, o
		}
	}
	return nil, nil
}
