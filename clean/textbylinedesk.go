package clean

import "strings"

// stripDesk returns the team or desk that opens a date line's or update
// line's strip of parts ([deskStrip]: "TOI Lifestyle Desk / etimes.in /
// Updated: Dec 17, 2025, 21:47 IST", "Acme News Team | March 4, 2025"),
// or "". A desk's words are a section's, which a page writes in lower
// case too ("lifestyle" in its crumbs), so that test of a name
// ([Page.writesLower]) is not made: the strip's date says who signs.
func stripDesk(s string) string {
	s = strings.TrimSpace(s)
	if _, ok := deskStrip(s); !ok {
		return ""
	}
	team, _ := teamName(s[:deskCut(s)])
	return team
}

// deskCut returns where a strip's first part ends: its first spaced slash
// or bar, or -1.
func deskCut(t string) int {
	k := strings.Index(t, " / ")
	if j := strings.Index(t, " | "); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	return k
}
