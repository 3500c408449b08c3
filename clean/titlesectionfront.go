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

// withoutFrontChain returns t, a title from the page's metadata that no
// site's name was found in, without a chain of short parts before its
// headline set off by the same bar, as a template prints "%site |
// %section | %title" ("City Paper | Local | Ferry returns to the island
// after a winter of repairs") when nothing names the site (no
// og:site_name, a domain in another script): exactly two bars, the first
// two parts short (at most maxChainSite and maxChainSection words), the
// last the longest by far (at least four words, more than the other two
// together). Any other title is returned as it is.
func withoutFrontChain(t string) string {
	for _, sep := range []string{" | ", " • ", " · ", " :: ", " » "} {
		if strings.Count(t, sep) != 2 {
			continue
		}
		site, rest, _ := strings.Cut(t, sep)
		section, head, _ := strings.Cut(rest, sep)
		ns, nc, nh := wordCount(site), wordCount(section), wordCount(head)
		if ns >= 1 && ns <= maxChainSite && nc >= 1 && nc <= maxChainSection && nh >= 4 && nh > ns+nc {
			return strings.TrimSpace(head)
		}
		return t
	}
	return t
}

// maxChainSite and maxChainSection bound the parts before a headline
// that [withoutFrontChain] takes for a site's name and a section's.
const (
	maxChainSite    = 3
	maxChainSection = 2
)
