package clean

import (
	"strings"
	"unicode"
)

// dateStrip returns the date of a line of flattened text that opens with
// a date alone (dateAloneLine) and goes on, past strip separators ("|", "·",
// "•"), only with the story's reading time or comment count or its
// categories: "September 12, 2025 | 14 min read", "June 9, 2020 · 6
// Comments", "Monday, August 11th, 2025 at 11:00 am | Categories: Sheds";
// or with its tags, each after a "#" ("2025-08-29 #review #tech", glued
// or not).
// False for any other line.
func dateStrip(line string) (Stamp, bool) {
	if len(line) > maxDateLine {
		return Stamp{}, false
	}
	if at := strings.IndexByte(line, '#'); at > 0 && hashTags(line[at:]) {
		return dateAloneLine(line[:at]) // "2025-08-29#review#tech": the story's tags, glued
	}
	if strings.IndexByte(line, '|') < 0 && !strings.Contains(line, "·") && !strings.Contains(line, "•") { // byte searches: ContainsAny decodes every rune for a set past ASCII
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
	return dateAloneLine(parts[0])
}

// stripTrailer matches what may follow the date in a date strip: a
// reading time, a count of comments or views, the categories.
var stripTrailer = lazyCompile(`(?i)^(?:\d+\s*(?:min|mins|minutes?)(?:\s+read)?|\d+\s+(?:comments?|views?|responses?)|no\s+comments|leave\s+a\s+comment|(?:categories|category|filed\s+under|posted\s+in)\s*:.*)$`)

// hashTags reports whether s is only tags, each opening with "#" ("#review
// #tech", "#review#tech#zig"): words of letters, digits, "-" and "_", not
// all digits ("#1 in sheds" is a rank).
func hashTags(s string) bool {
	fields := strings.Fields(s)
	for _, f := range fields {
		if !strings.HasPrefix(f, "#") {
			return false
		}
		for _, t := range strings.Split(f[1:], "#") {
			if t == "" || strings.Trim(t, "0123456789") == "" {
				return false
			}
			for _, r := range t {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
					return false
				}
			}
		}
	}
	return len(fields) > 0
}
