package clean

import "strings"

// sectionFrontHref returns the section's name when href may lead to a
// section's front rather than to a story: its path, past any scheme and
// host, is one segment of ASCII letters alone ("/local", "/sport/",
// "https://news.example/business"), with no hyphen, underscore, digit or
// dot that a story's slug, id or file name holds; else "". A link whose
// text names that section ("Local news and weather" to "/local") is a
// section's link of four words or more, and a date line beside it above
// the headline is no teaser's (teaserAbove, sectionLink).
func sectionFrontHref(href string) string {
	if i := strings.Index(href, "//"); i >= 0 {
		rest := href[i+2:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return "" // a site's home: no section
		}
		href = rest[j:]
	}
	if cut := strings.IndexByte(href, '?'); cut >= 0 {
		href = href[:cut]
	}
	if cut := strings.IndexByte(href, '#'); cut >= 0 {
		href = href[:cut]
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
