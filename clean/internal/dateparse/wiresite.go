package dateparse

import "strings"

// Indonesia's news sites print their own name where a wire's credit
// stands, as a web address, before or after the place:
//
//	JAKARTA, KOMPAS.com -        the place in capitals, then the site
//	Liputan6.com, Jakarta -      the site, then the place in title case
//
// The site is the dateline's Agency, as printed.
var reWireSite = lazyRE(`^(?:(?P<place>\p{Lu}[\p{Lu}.'\-]+(?: \p{Lu}[\p{Lu}.'\-]+){0,3}), (?P<site>` + reSiteName + `)|(?P<site2>` + reSiteName + `), (?P<place2>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})) ?(?P<sep>` + reDash + `)`)

// reSiteName is a site's name as a web address: "KOMPAS.com", "VIVA.co.id".
const reSiteName = `[\p{L}\d]{2,24}(?:\.(?:com|COM|co|CO|id|ID|net|NET|org)){1,2}`

// siteAddress reports whether head may hold a site's name as a web
// address, a dot followed by one of reSiteName's endings (the cheap test
// in front of reWireSite: one scan for dots, most heads having none).
func siteAddress(head string) bool {
	for {
		i := strings.IndexByte(head, '.')
		if i < 0 {
			return false
		}
		head = head[i+1:]
		for _, tld := range [...]string{"com", "COM", "co.", "id", "net"} {
			if strings.HasPrefix(head, tld) {
				return true
			}
		}
	}
}

// parseWireSite parses that form at the start of p; a sentence of six
// words must follow the dash, as after the other forms of a place and a
// dash.
func parseWireSite(p, head string) (Dateline, bool) {
	if !siteAddress(head) || !siteCommaShape(head) {
		return Dateline{}, false
	}
	re := reWireSite()
	m := re.FindStringSubmatchIndex(head)
	if m == nil {
		return Dateline{}, false
	}
	place, site := sub(re, p, m, "place"), sub(re, p, m, "site")
	if place == "" {
		place, site = sub(re, p, m, "place2"), sub(re, p, m, "site2")
	} else if !isCaps(place) {
		return Dateline{}, false
	}
	n := spaceEnd(p, m[1])
	if n == m[1] || !sentenceOf(p[n:], 6) {
		return Dateline{}, false
	}
	g := re.SubexpIndex("sep")
	return Dateline{Text: strings.TrimRight(p[:m[2*g]], " "), Place: titleCase(place), Agency: site, Len: n}, true
}
