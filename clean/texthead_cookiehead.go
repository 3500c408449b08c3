package clean

import "strings"

// maxCookieHeading is the longest line, in bytes, read as a cookie
// banner's heading.
const maxCookieHeading = 64

// cookieHeading reports whether s is a cookie banner's heading and nothing
// more: the opening a site's notice of its cookies has ([cookieNotice]: "We
// use cookies", "Nous utilisons des cookies", "Diese Website verwendet
// Cookies") alone on its line, a mark or two after it allowed. A flattened
// page prints it over the banner's text and buttons, above the headline,
// in a headline's length; the notice's text under it is the clutter
// readers', and a headline about cookies goes on past the opening ("We use
// cookies less than you think"). A line without "cookie" is turned down
// before the pattern.
func cookieHeading(s string) bool {
	if len(s) > maxCookieHeading || len(s) < 12 || !mayHoldFoldWord(s, cookieWord) {
		return false
	}
	loc := cookieNotice.FindStringIndex(s)
	return loc != nil && strings.Trim(s[loc[1]:], " .!:…") == ""
}
