package htmldoc

import "strings"

// ldOwn is what the page says of itself outside JSON-LD, for telling its
// own article object from another story's among JSON-LD objects that
// score alike (a list of articles whose first is a related story): its
// <title> and og:title, and its canonical address.
type ldOwn struct {
	titles []string
	url    string
}

// minOwnHeadline is the shortest headline matched against the page's
// titles: a shorter one ("News") is found in any title.
const minOwnHeadline = 12

// names reports whether the JSON-LD object o is the page's own: its
// headline stands in the page's <title> or og:title (case aside), or its
// url, @id or mainEntityOfPage is the page's canonical address.
func (own ldOwn) names(o map[string]any) bool {
	if h := strings.ToLower(strings.TrimSpace(ldString(o["headline"]))); len(h) >= minOwnHeadline {
		for _, t := range own.titles {
			if strings.Contains(strings.ToLower(t), h) {
				return true
			}
		}
	}
	if own.url == "" {
		return false
	}
	for _, k := range [...]string{"url", "@id", "mainEntityOfPage"} {
		if sameAddress(ldString(o[k]), own.url) {
			return true
		}
	}
	return false
}

// sameAddress reports whether two absolute addresses name one page: equal
// but for a fragment and a trailing slash.
func sameAddress(a, b string) bool {
	trim := func(s string) string {
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		return strings.TrimSuffix(strings.TrimSpace(s), "/")
	}
	a = trim(a)
	return a != "" && a == trim(b)
}
