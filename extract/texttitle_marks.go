package extract

import (
	"html"
	"strings"
)

// maxEntityLen bounds an HTML entity's bytes between its "&" and its ";"
// ("&#x1F600;" holds 7, "&hellip;" 6).
const maxEntityLen = 10

// decodeTitleEntities decodes the HTML entities a flattened headline line
// holds because the scraper copied them from the markup undecoded ("Q&amp;A",
// "Mayor&#8217;s plan", "Python, SQL &#x26; AI"): each "&", letters or "#"
// and digits, and ";" that html.UnescapeString reads as a character. An
// ampersand that opens no entity ("AT&T", "R&D;", "Q & A") stays, and so
// does a name without its ";" ("&amp"), which a headline may mean as
// printed, and so does a longer name whose prefix is a legacy entity's
// ("Salt&notes;", which html.UnescapeString reads as "&not" and "es;"):
// the decode must use the whole name up to its ";". A title without "&"
// costs one byte search.
func decodeTitleEntities(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for ; i >= 0; i = nextAmpersand(s, i) {
		end := strings.IndexByte(s[i+1:min(len(s), i+2+maxEntityLen)], ';')
		if end < 1 || !entityName(s[i+1:i+1+end]) {
			continue
		}
		ent := s[i : i+2+end]
		dec := html.UnescapeString(ent)
		if dec == ent || dec == html.UnescapeString(ent[:len(ent)-1])+";" {
			continue // no entity, or a legacy name's prefix ("&not" of "&notes;")
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteString(dec)
		last = i + len(ent)
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// nextAmpersand returns the index of the first "&" of s after index i, or
// -1 when there is none.
func nextAmpersand(s string, i int) int {
	k := strings.IndexByte(s[i+1:], '&')
	if k < 0 {
		return -1
	}
	return i + 1 + k
}

// entityName reports whether s could name an entity between "&" and ";":
// ASCII letters and digits, or "#" and then digits or "x" and hex digits.
func entityName(s string) bool {
	if s == "" {
		return false
	}
	for i := range len(s) {
		c := s[i]
		ok := c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || i == 0 && c == '#'
		if !ok {
			return false
		}
	}
	return true
}

// permalinkMarks are the permalink mark documentation generators (Sphinx,
// MkDocs) print after a heading, which a scraper flattens into the
// heading's line: the pilcrow, and its two UTF-8 bytes read as Latin-1
// ("Â¶") on a page whose charset the scraper misread.
var permalinkMarks = [...]string{"Â¶", "¶"}

// withoutPermalinkMark takes a permalink mark off the end of a flattened
// headline ("Tutorial - User Guide¶").
func withoutPermalinkMark(s string) string {
	for _, m := range permalinkMarks {
		if t, ok := strings.CutSuffix(s, m); ok {
			return strings.TrimRight(t, " ")
		}
	}
	return s
}
