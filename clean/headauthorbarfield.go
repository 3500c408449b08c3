package clean

import "strings"

// maxBarFields is how many bar-parted fields [barFieldByline] reads from
// one line.
const maxBarFields = 8

// barFieldByline returns the names of a byline printed as one field of a
// details line whose fields a bar parts, after another field ("Views:
// 312 | Author: Jane Doe | Rating: 4.5", a forum's or an old CMS's
// strip): the first field after the first that labels its names with a
// colon and reads as a byline ([bylineMatch]); nil when none does.
func barFieldByline(text string) []string {
	if !strings.Contains(text, " | ") {
		return nil
	}
	fields := strings.SplitN(text, " | ", maxBarFields+1)
	for _, f := range fields[1:min(len(fields), maxBarFields)] {
		if !strings.Contains(f, ":") {
			continue
		}
		if names := bylineMatch(strings.TrimSpace(f)); names != nil {
			return names
		}
	}
	return nil
}
