package clean

import "strings"

// sectionFrontHref returns the section's name when href may lead to a
// section's front rather than to a story: its path, past any scheme and
// host, is one segment of ASCII letters alone ("/local", "/sport/",
// "https://news.example/business"), with no hyphen, underscore, digit or
// dot that a story's slug, id or file name holds; else "". The query and
// fragment are cut first. A link whose short text names that section as
// a word ("Local news and weather" to "/local") is a section's link, and
// a date line beside it above the headline is no teaser's (teaserAbove,
// sectionLink).
func sectionFrontHref(href string) string {
	href = pathOnly(href) // "/x?u=https://a.example/local" is no section's
	if i := strings.Index(href, "//"); i >= 0 {
		rest := href[i+2:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return "" // a site's home: no section
		}
		href = rest[j:]
	}
	seg := strings.TrimSuffix(strings.TrimPrefix(href, "/"), "/")
	if len(seg) < minSectionSegment || len(seg) > maxSectionSegment {
		return ""
	}
	for i := 0; i < len(seg); i++ {
		if c := seg[i] | 0x20; c < 'a' || c > 'z' {
			return ""
		}
	}
	return seg
}

// minSectionSegment and maxSectionSegment bound the path segment
// sectionFrontHref takes for a section's name ("/a" is too short to name
// one).
const (
	minSectionSegment = 3
	maxSectionSegment = 24
)
