package clean

import "strings"

// stripCount matches a strip's count of readers' comments: "109
// Comments", "1 Response", "12 Replies".
var stripCount = lazyCompile(`^\d[\d,.]*\s+(?i:comments?|responses?|replies)$`)

// countStripName returns the person's name a head's strip of parts between bars
// gives beside a count of comments and a date ("109 Comments | Jane Doe |
// Last Updated: March 11, 2019"), or "". The count and the date tell the
// strip from a menu's or a product's line of parts; only one part may
// read as a name.
func countStripName(s string) string {
	parts := strings.Split(s, "|")
	if len(parts) < 3 || len(s) > maxDateLine {
		return ""
	}
	name, count, dated := "", false, false
	for _, part := range parts {
		part = strings.TrimSpace(part)
		switch {
		case stripCount.MatchString(part):
			count = true
		case datedLine(part):
			dated = true
		case personShaped(part):
			if name != "" {
				return ""
			}
			name = part
		}
	}
	if !count || !dated {
		return ""
	}
	return name
}
