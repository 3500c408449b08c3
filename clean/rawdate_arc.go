package clean

import "bytes"

// arcDisplayKey is the key Arc XP's story record (the page's
// Fusion.globalContent) gives the date it prints as the story's under:
// `"display_date":"2025-03-05T10:12:00.000Z"`.
var arcDisplayKey = []byte(`"display_date":"`)

// arcDisplayDate returns the ISO date of the page's first "display_date"
// key, the story's own in an Arc page (its record comes before the
// related stories' cache); "" when the page has none or its value is no
// ISO date.
func arcDisplayDate(src []byte) string {
	i := bytes.Index(src, arcDisplayKey)
	if i < 0 {
		return ""
	}
	v := src[i+len(arcDisplayKey):]
	end := bytes.IndexByte(v[:min(len(v), 40)], '"')
	if end < 10 || !isoDayPrefix(v) {
		return ""
	}
	return string(v[:end])
}

// isoDayPrefix reports whether b opens with a day in ISO form, four
// digits, two and two, joined by hyphens ("2025-03-05").
func isoDayPrefix(b []byte) bool {
	if len(b) < 10 || b[4] != '-' || b[7] != '-' {
		return false
	}
	for i, c := range b[:10] {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
