package clean

import "strings"

// withoutFrontSection returns cut, a title from the page's metadata once
// the site's name is off its end, without a section that opens it set off
// by the same bar as the site's name ("Local | Ferry returns to service |
// Harbour Times", as a template prints "%section | %title | %site"): one
// capitalised word before a bar ([titleSeps]' " | ", " • ", " · ", " :: "),
// the headline after it keeping three words, and the raw title's last part
// the site's name ([namesSite]). A headline's own dash keeps its first
// part; so does any title whose end is no site's name.
func withoutFrontSection(raw, cut, site, host string) string {
	for _, sep := range []string{" | ", " • ", " · ", " :: "} {
		if strings.Count(raw, sep) < 2 {
			continue // no section, headline and site's name: the common case, by a byte count
		}
		head, tail, ok := lastSplit(raw, sep)
		if !ok || head != cut || !namesSite(tail, site, host) {
			continue
		}
		part, rest, ok := strings.Cut(cut, sep)
		if ok && strings.Count(rest, sep) == 0 && len(strings.Fields(part)) == 1 && capitalised(part) && wordCount(rest) >= 3 && !namesSite(part, site, host) {
			return strings.TrimSpace(rest)
		}
		return cut
	}
	return cut
}
