package htmldoc

import (
	"net/url"
	"slices"
	"strings"
)

// maxAuthorSlugs bounds the profile addresses read per page.
const maxAuthorSlugs = 8

// ldAuthorURLs returns the addresses a JSON-LD author value gives in
// place of a name: a string that is a URL, or a Person object with no
// name or a handle for one ("@janeholm") (resolved through byID when it is only an @id reference) by its
// url, else its @id; an array of those.
func ldAuthorURLs(v any, byID map[string]map[string]any) []string {
	var out []string
	add := func(x any) {
		switch x := x.(type) {
		case string:
			if strings.Contains(x, "://") {
				out = append(out, x)
			}
		case map[string]any:
			id, _ := x["@id"].(string)
			if _, named := x["name"]; !named && byID[id] != nil {
				x = byID[id]
			}
			if n := strings.TrimSpace(ldString(x["name"])); n != "" && !strings.HasPrefix(n, "@") {
				return // named; a handle ("@janeholm") is no name: its address may spell one
			}
			if u := ldString(x["url"]); u != "" {
				out = append(out, u)
			} else if strings.Contains(id, "://") {
				out = append(out, id)
			}
		}
	}
	if xs, ok := v.([]any); ok {
		for _, x := range xs {
			if len(out) >= maxAuthorSlugs {
				break
			}
			add(x)
		}
	} else {
		add(v)
	}
	return out
}

// authorSlugs returns Meta.AuthorSlugs: the names spelt by the JSON-LD
// author's addresses (ld) and by the author meta tags' addresses.
func (c *metaCollector) authorSlugs(ld []string) []string {
	urls := ld
	for _, n := range metaAuthors {
		for _, v := range c.tags[n] {
			if strings.Contains(v, "://") {
				urls = append(urls, v)
			}
		}
	}
	var out []string
	for _, u := range urls {
		if len(out) >= maxAuthorSlugs {
			break
		}
		if s := slugName(u); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// slugName reads a person's name from a profile address's last path
// segment, its words parted by "-", "_" or "." ("/author/jane-doe/",
// "/profile/jane_doe.html"): two to four words of ASCII letters alone,
// in lower case; "" for any other segment (a number, a hash, one word,
// an e-mail address spelt out).
func slugName(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	path := strings.TrimRight(u.Path, "/")
	seg := path[strings.LastIndexByte(path, '/')+1:]
	for _, ext := range []string{".html", ".htm", ".php", ".aspx"} {
		seg = strings.TrimSuffix(seg, ext)
	}
	words := strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' || r == '.' })
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if len(w) < 2 && len(words) == 2 {
			return ""
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return ""
			}
		}
		switch w {
		case "com", "net", "org", "author", "authors", "profile", "team", "staff", "admin", "editor", "editors", "user":
			return "" // "jane-doe-acme-com", "acme-team": an account, not a name
		}
	}
	return strings.Join(words, " ")
}
