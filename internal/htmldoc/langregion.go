package htmldoc

import "strings"

// withRegion returns lang ("en"), the tag the page names first, with the
// region a later tag of the same language gives ("en_US" in og:locale:
// "en-US"), so that a page's region is known where <html lang> names only
// the language; lang as it is when it has a region already or no later
// tag of its language has one. The region says how the page writes
// numeric dates (a United States page month first).
func withRegion(lang string, later ...string) string {
	if lang == "" || strings.ContainsAny(lang, "-_") {
		return lang
	}
	for _, l := range later {
		l = strings.ReplaceAll(strings.TrimSpace(l), "_", "-")
		if i := strings.IndexByte(l, '-'); i > 0 && i < len(l)-1 && strings.EqualFold(l[:i], lang) {
			return lang + l[i:]
		}
	}
	return lang
}
