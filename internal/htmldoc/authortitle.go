package htmldoc

import (
	"strings"

	xhtml "golang.org/x/net/html"
)

// maxTitledLinks bounds the titled profile links read per page.
const maxTitledLinks = 8

// authorTitleLink records as Meta.TitledAuthor the name a profile link
// gives only in its title attribute: the link's address spells a name in
// its last segment ([slugName]: "/author/jane-doe/"), its title attribute
// prints those words ("Jane Doe", "Posts by Jane Doe"), and its own text
// prints no name (an avatar, or a link's label such as "View profile").
// A link whose text prints the name is read as the byline it is; the
// first titled link is taken, the author card by the headline coming
// before the related stories' cards.
func (c *metaCollector) authorTitleLink(n *xhtml.Node) {
	if c.titled != "" || c.titledLinks >= maxTitledLinks {
		return
	}
	title := Attr(n, "title")
	if title == "" || len(title) > 120 {
		return
	}
	c.titledLinks++
	href := strings.TrimSpace(Attr(n, "href"))
	if strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "//") {
		href = "https://host.invalid" + href // a relative address: slugName wants a host
	}
	if !profilePath(href) {
		return
	}
	slug := slugName(href)
	if slug == "" {
		return
	}
	name := wordsIn(title, slug)
	if name == "" {
		return
	}
	var sb strings.Builder
	linkText(n, &sb)
	if wordsIn(sb.String(), slug) != "" || strings.Count(strings.TrimSpace(sb.String()), " ") >= 3 {
		return // the text prints the name (a byline), or is a headline's words
	}
	c.titled = name
}

// profilePath reports whether an address is a writer's profile page by a
// path segment naming one ("/author/", "/authors/", "/profile/", ...).
func profilePath(href string) bool {
	low := strings.ToLower(href)
	for _, seg := range []string{"/author/", "/authors/", "/autor/", "/auteur/", "/autore/", "/profile/", "/profiles/", "/people/", "/staff/", "/writers/", "/journalist/", "/reporter/", "/penulis/", "/yazar/", "/tac-gia/"} {
		if strings.Contains(low, seg) {
			return true
		}
	}
	return false
}

// wordsIn returns words (lower case, ASCII, as slugName gives them) as s
// prints them, where s holds them as whole words in any case; "" where it
// does not, or where lowering s changes its length.
func wordsIn(s, words string) string {
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return ""
	}
	for from := 0; from < len(low); {
		k := strings.Index(low[from:], words)
		if k < 0 {
			return ""
		}
		k += from
		end := k + len(words)
		if !asciiLetterAt(low, k-1) && !asciiLetterAt(low, end) {
			return s[k:end]
		}
		from = k + 1
	}
	return ""
}

// asciiLetterAt reports whether s has an ASCII letter or digit at i.
func asciiLetterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	b := s[i]
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
