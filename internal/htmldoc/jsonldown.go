package htmldoc

import "strings"

// ldOwn is what the page says of itself outside JSON-LD, for telling its
// own article object from another story's among JSON-LD objects that
// score alike (a list of articles whose first is a related story): its
// <title> and og:title, and its addresses (ownURLs).
type ldOwn struct {
	titles []string
	urls   []string
}

// ownURLs returns the page's addresses for telling its own JSON-LD object:
// its canonical, else its first og:url, and the address the caller gives
// (Limits.PageURL), each that is set.
func ownURLs(canonical string, ogURL []string, pageURL string) []string {
	var urls []string
	if canonical == "" && len(ogURL) > 0 {
		canonical = ogURL[0]
	}
	for _, u := range [...]string{canonical, pageURL} {
		if strings.TrimSpace(u) != "" {
			urls = append(urls, u)
		}
	}
	return urls
}

// minOwnHeadline is the shortest headline matched against the page's
// titles: a shorter one ("News") is found in any title.
const minOwnHeadline = 12

// names reports whether the JSON-LD object o is the page's own: its
// headline stands in the page's <title> or og:title (case aside), or its
// url, @id or mainEntityOfPage is one of the page's addresses.
func (own ldOwn) names(o map[string]any) bool {
	if h := strings.ToLower(strings.TrimSpace(ldString(o["headline"]))); len(h) >= minOwnHeadline {
		for _, t := range own.titles {
			if strings.Contains(strings.ToLower(t), h) {
				return true
			}
		}
	}
	for _, u := range own.urls {
		for _, k := range [...]string{"url", "@id", "mainEntityOfPage"} {
			if sameAddress(ldString(o[k]), u) {
				return true
			}
		}
	}
	return false
}

// sameAddress reports whether two addresses name one page: equal but for
// a fragment and a trailing slash, and for the scheme where one of them
// names none (a caller's address may leave it out).
func sameAddress(a, b string) bool {
	trim := func(s string) string {
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		return strings.TrimSuffix(strings.TrimSpace(s), "/")
	}
	a, b = trim(a), trim(b)
	if strings.Contains(a, "://") != strings.Contains(b, "://") {
		a, b = noScheme(a), noScheme(b)
	}
	return a != "" && a == b
}

// noScheme returns the address s without its scheme and "://".
func noScheme(s string) string {
	if i := strings.Index(s, "://"); i >= 0 {
		return s[i+3:]
	}
	return s
}
