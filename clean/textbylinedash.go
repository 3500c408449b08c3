package clean

import "strings"

// dashLed returns line s without the em or en dash (and the blank after
// it) that opens it, the dash a sign-off prints before the writer's name
// ("— Jane Doe, Staff Writer"); "" when no such dash opens s.
func dashLed(s string) string {
	s = strings.TrimSpace(s)
	for _, d := range [...]string{"— ", "– "} {
		if strings.HasPrefix(s, d) {
			return strings.TrimSpace(s[len(d):])
		}
	}
	return ""
}

// dashSignedName returns the writer's name a line in the head signs with
// after a dash, her writer's trade after a comma or a bar ("— Jane Doe,
// Staff Writer", "– Jane Doe | Contributing Editor"): the name a person's
// ([nameWithRole]), the role naming a trade that writes or edits
// ([writerTrade]); "" otherwise. A quote's attribution ("— Jane Doe, CEO
// of Acme") names no such trade.
func dashSignedName(s string) string {
	c := dashLed(s)
	k := strings.IndexAny(c, ",|")
	if k <= 0 || !writerTrade.MatchString(c[k+1:]) {
		return ""
	}
	return nameWithRole(c)
}
