package clean

import "bytes"

// rawTitleAttr matches a tag's title attribute short enough to hold a
// date; group 1 is its value.
var rawTitleAttr = lazyCompile(`\stitle=["']([^"'<>]{6,60})["']`)

// rawDateClass matches a class attribute that names a date or a time
// ("post-metadata__date time-ago", "timeago", "ago", "timestamp",
// "posted-on") and not an update's ("updated", "date-modified").
var rawDateClass = lazyCompile(`\sclass=["'](?:[^"']*[\s_-])?(?:date|time|timestamp|time-?ago|ago|posted-on|published|pubdate)(?:[\s_-][^"']*)?["']`)

// rawUpdateClass matches a class attribute that names an update.
var rawUpdateClass = lazyCompile(`\sclass=["'][^"']*(?:updat|modif)`)

// attrTitleDate returns the date that a tag by the headline gives in its
// title attribute, for the reader's pointer, where the text prints less
// (Wix's `<span class="post-metadata__date time-ago" title="Mar 14,
// 2024">Mar 14</span>`, "3 days ago"): the first tag whose class names a
// date or a time and not an update, in the attrEpochWindow bytes after the
// page's first </h1> and not past a comment thread's mark, whose title is
// a date with its year. "" when there is none.
func attrTitleDate(src []byte) string {
	win := headlineWindow(src)
	for from := 0; from < len(win); {
		i := bytes.Index(win[from:], []byte(" title="))
		if i < 0 {
			return ""
		}
		at := from + i
		from = at + 1
		open := bytes.LastIndexByte(win[max(0, at-attrISOTagMax):at], '<')
		if open < 0 {
			continue
		}
		open += max(0, at-attrISOTagMax)
		end := bytes.IndexByte(win[at:min(len(win), at+attrISOTagMax)], '>')
		if end < 0 || bytes.IndexByte(win[open+1:at], '>') >= 0 {
			continue // the title is not inside the tag the last "<" opens
		}
		tag := win[open : at+end]
		if rawDateClass.FindSubmatchIndex(tag) == nil || rawUpdateClass.FindSubmatchIndex(tag) != nil {
			continue
		}
		m := rawTitleAttr.FindSubmatchIndex(tag)
		if m == nil {
			continue
		}
		if v := string(tag[m[2]:m[3]]); titleDateHasYear(v) {
			return v
		}
	}
	return ""
}

// titleDateHasYear reports whether s reads as a date with its day and year.
func titleDateHasYear(s string) bool {
	st, ok := metaDate(s)
	return ok && st.Year != 0 && st.Day != 0
}
