package clean

import "strings"

// cookieTableLine matches the opening of a line a consent plugin's box
// prints about each kind of cookie the site sets, which the flattened text
// keeps as a paragraph wherever the box stood: the description of a
// category ("Necessary cookies are absolutely essential for the website
// to function properly.", "Performance cookies are used to understand
// ...", "Other uncategorized cookies are those that ...") and a row of the
// box's table of cookies ("Harbour Analytics sets this cookie to ...",
// "This cookie is used to store the user's consent ..."). Over every line
// of WCXB's train split such sentences stand outside the gold on 16 sites
// and inside none. A story's sentence about cookies opens otherwise ("The
// cookies are set on a rack to cool", "Third-party cookies let advertisers
// ...").
var cookieTableLine = lazyCompile(`(?i)^\W{0,3}(?:` +
	`(?:strictly necessary|necessary|essential|performance|analytics?|analytical|statistics|statistical|functional|functionality|` +
	`preference|preferences|advertisement|advertising|marketing|targeting|other uncategori[sz]ed|uncategori[sz]ed) cookies? ` +
	`(?:are|is|help|helps|track|do|allow|ensure|enable|collect|store)\b|` +
	`(?:this|the) cookie is (?:used|set) (?:to|by|for|when)\b|` +
	`[\p{L}\p{N}][\p{L}\p{N}.&' -]{0,40} sets? this cookie\b)`)

// maxCookieLineWords is the longest line, in words, read as a line of a
// consent box's table of cookies (cookieTableLine).
const maxCookieLineWords = 60

// isCookieTableLine reports whether line s is a line of a consent
// plugin's description of its cookies (cookieTableLine), at most
// maxCookieLineWords words.
func isCookieTableLine(s string) bool {
	return strings.Contains(s, "ookie") && !moreWordsThan(s, maxCookieLineWords) && cookieTableLine.MatchString(s)
}

// cookieLineRule is the rule of the consent box's lines the story detector
// kept on flattened text.
const cookieLineRule = "model/text-cookie"
