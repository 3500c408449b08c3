package htmldoc

import (
	"encoding/json"
	"net/url"
	"strings"

	xhtml "golang.org/x/net/html"
)

// postAuthorKey and postTypeKey are the names an analytics plugin for
// WordPress writes into an inline script's data for the post a page shows
// ("pagePostType":"post", "pagePostAuthor":"Jane Doe"): the author's
// display name and the kind of post, which tells a story ("post") from a
// plain page, a product or another custom type.
const (
	postAuthorKey = `"pagePostAuthor"`
	postTypeKey   = `"pagePostType"`
)

// scriptPost reads, from the text of an inline script, the author's name
// and the post's type a WordPress plugin's data gives ([postAuthorKey]);
// "" for each it does not give. The values are JSON strings; a key that
// names something else ("pagePostAuthorID", a number) is passed over.
func scriptPost(text string) (author, typ string) {
	if !strings.Contains(text, postAuthorKey) {
		return "", ""
	}
	return jsonStringAfter(text, postAuthorKey), jsonStringAfter(text, postTypeKey)
}

// jsonStringAfter returns the JSON string that follows the first
// occurrence of key and a colon in text, decoded; "" when the key is
// absent or its value is not a string.
func jsonStringAfter(text, key string) string {
	i := strings.Index(text, key)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(text[i+len(key):], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	end := 1
	for end < len(rest) && end < 512 && rest[end] != '"' {
		if rest[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(rest) || rest[end] != '"' {
		return ""
	}
	var s string
	if json.Unmarshal([]byte(rest[:end+1]), &s) != nil {
		return ""
	}
	return clean(s)
}

// maxHomeLinks bounds the links to a site's root the collector reads for
// HomeName.
const maxHomeLinks = 8

// homeLink records the text of n, a link, as the page's HomeName when it
// is the first link to the site's root ("/", "https://host/") whose text
// has more than one word (a menu's "Home" has one): the name a site prints
// in its header beside or instead of a logo.
func (c *metaCollector) homeLink(n *xhtml.Node) {
	if c.homeName != "" || c.homeLinks >= maxHomeLinks || !rootHref(Attr(n, "href")) {
		return
	}
	c.homeLinks++
	var sb strings.Builder
	linkText(n, &sb)
	if t := clean(sb.String()); strings.Contains(t, " ") && len(t) <= 80 {
		c.homeName = t
	}
}

// linkText writes the text under n to sb, up to a few hundred bytes.
func linkText(n *xhtml.Node, sb *strings.Builder) {
	for ch := n.FirstChild; ch != nil && sb.Len() < 256; ch = ch.NextSibling {
		switch ch.Type {
		case xhtml.TextNode:
			sb.WriteString(ch.Data)
			sb.WriteByte(' ')
		case xhtml.ElementNode:
			if ch.Data != "script" && ch.Data != "style" {
				linkText(ch, sb)
			}
		}
	}
}

// rootHref reports whether a link's address is a site's root: "/" or an
// absolute address whose path is empty or "/" and that has no query.
func rootHref(href string) bool {
	href = strings.TrimSpace(href)
	if href == "/" || href == "./" {
		return true
	}
	u, err := url.Parse(href)
	return err == nil && u.Host != "" && (u.Path == "" || u.Path == "/") && u.RawQuery == "" && u.Fragment == ""
}
