package clean

import "bytes"

// rawPubDate matches, at a "pubDate" key, the date an RSS item's field
// carries into a page's embedded JSON or a script's object
// (`"pubDate":"Thu, 04 Dec 2025 08:30:00 GMT"`, `{pubDate:
// "2025-12-04T08:30:00+03:00"}`): the key, its closing quote if any, a
// colon, and the quoted value, group 1; or a Unix time in seconds or
// milliseconds, unquoted (`"pubDate":1741169520`), group 2.
var rawPubDate = lazyCompile(`^pubDate(?:\\*"|&quot;|')?\s*:\s*(?:(?:\\*"|&quot;|')([^"'\\&<>]{8,40})|(1\d{9}(?:\d{3})?)(?:[,;}\s]|$))`)

// pubDateValue returns the value of the page's one "pubDate" key (a
// quoted key or a bare one after "{", "," or a space) when it reads as a
// date with its day and year, or its Unix time's digits; "" when the page has none or more than one
// (a feed's items: other stories' dates).
func pubDateValue(src []byte) string {
	i := bytes.Index(src, []byte("pubDate"))
	if i < 0 || bytes.Contains(src[i+len("pubDate"):], []byte("pubDate")) {
		return ""
	}
	if i > 0 && bytes.IndexByte([]byte("\"';{, \n\t\\"), src[i-1]) < 0 {
		return "" // inside a longer name
	}
	m := rawPubDate.FindSubmatchIndex(src[i:])
	if m == nil {
		return ""
	}
	if m[2] < 0 {
		return string(src[i+m[4] : i+m[5]]) // a Unix time's digits
	}
	if v := string(src[i+m[2] : i+m[3]]); titleDateHasYear(v) {
		return v
	}
	return ""
}
