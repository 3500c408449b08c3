package clean

import "strings"

// urlSlugWords returns the words of the last non-empty part of url's path
// joined by one space ("https://x.test/en/news/814174/armenia-extends-
// border-hours/" gives "armenia extends border hours"), or "" when that
// part is no headline's slug: fewer than three words parted by single
// hyphens, a byte other than a lower-case ASCII letter, a digit or a
// hyphen (an extension, an upper-case ID, a query's mark), or no word with
// a letter. The query and fragment are not read.
func urlSlugWords(url string) string {
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	if i := strings.Index(url, "://"); i >= 0 {
		url = url[i+3:]
	}
	i := strings.IndexByte(url, '/')
	if i < 0 {
		return "" // a host alone
	}
	path := strings.TrimRight(url[i:], "/")
	last := path[strings.LastIndexByte(path, '/')+1:]
	words, letters := 1, false
	for j := 0; j < len(last); j++ {
		switch c := last[j]; {
		case c >= 'a' && c <= 'z':
			letters = true
		case c >= '0' && c <= '9':
		case c == '-' && j > 0 && j < len(last)-1 && last[j-1] != '-':
			words++
		default:
			return ""
		}
	}
	if words < 3 || !letters {
		return ""
	}
	return strings.ReplaceAll(last, "-", " ")
}
