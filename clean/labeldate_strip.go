package clean

import "strings"

// DateStrip returns the date of a line of flattened text that opens with
// a date alone ([DateAlone]) and goes on, past strip separators ("|", "·",
// "•"), only with the story's reading time or comment count or its
// categories: "September 12, 2025 | 14 min read", "June 9, 2020 · 6
// Comments", "Monday, August 11th, 2025 at 11:00 am | Categories: Sheds".
// False for any other line.
func DateStrip(line string) (Stamp, bool) {
	if len(line) > maxDateLine || !strings.ContainsAny(line, "|·•") {
		return Stamp{}, false
	}
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(parts) < 2 {
		return Stamp{}, false
	}
	for _, p := range parts[1:] {
		if !stripTrailer.MatchString(strings.TrimSpace(p)) {
			return Stamp{}, false
		}
	}
	return DateAlone(parts[0])
}

// stripTrailer matches what may follow the date in a date strip: a
// reading time, a count of comments or views, the categories.
var stripTrailer = lazyCompile(`(?i)^(?:\d+\s*(?:min|mins|minutes?)(?:\s+read)?|\d+\s+(?:comments?|views?|responses?)|no\s+comments|leave\s+a\s+comment|(?:categories|category|filed\s+under|posted\s+in)\s*:.*)$`)
