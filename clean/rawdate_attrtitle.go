package clean

import (
	"bytes"
	"iter"
)

// rawTitleAttr matches a tag's title attribute short enough to hold a
// date; group 1 is its value.
var rawTitleAttr = lazyCompile(`\stitle=["']([^"'<>]{6,60})["']`)

// rawTooltipAttr matches a tag's data-tooltip attribute (a hover card's
// text) short enough to hold a date; group 1 is its value.
var rawTooltipAttr = lazyCompile(`\sdata-tooltip=["']([^"'<>]{6,80})["']`)

// rawDateClass matches a class attribute, or a script's hook to the tag
// (data-hook, data-testid: Wix's `data-hook="time-ago"` on a tag with
// no class of its own), that names a date or a time
// ("post-metadata__date time-ago", "timeago", "ago", "timestamp",
// "posted-on") and not an update's ("updated", "date-modified").
var rawDateClass = lazyCompile(`\s(?:class|data-hook|data-testid)=["'](?:[^"']*[\s_-])?(?:date|time|timestamp|time-?ago|ago|posted-on|published|pubdate)(?:[\s_-][^"']*)?["']`)

// rawUpdateClass matches a class attribute that names an update.
var rawUpdateClass = lazyCompile(`\sclass=["'][^"']*(?:updat|modif)`)

// attrTitleDate returns the date that a tag by the headline gives in its
// title attribute, for the reader's pointer, where the text prints less
// (Wix's `<span class="post-metadata__date time-ago" title="Mar 14,
// 2024">Mar 14</span>`, "3 days ago"): the first tag whose class names a
// date or a time and not an update, in the attrEpochWindow bytes after the
// page's first </h1> and not past a comment thread's mark, whose title is
// a date with its year; failing one, the first data-tooltip there that is
// such a date and names no update (`<span data-tooltip="Wednesday, March
// 5, 2025 at 10:12 AM">3h</span>`: a tooltip is the hover card's text,
// whatever the tag's class). "" when there is none.
func attrTitleDate(src []byte) string {
	win := headlineWindow(src)
	if s := titleAttrDate(win); s != "" {
		return s
	}
	return tooltipDate(win)
}

// titleAttrDate is attrTitleDate's reading of title attributes in win.
func titleAttrDate(win []byte) string {
	for tag := range tagsHolding(win, " title=") {
		if rawDateClass.FindSubmatchIndex(tag) == nil || rawUpdateClass.FindSubmatchIndex(tag) != nil {
			continue
		}
		if m := rawTitleAttr.FindSubmatchIndex(tag); m != nil {
			if v := string(tag[m[2]:m[3]]); titleDateHasYear(v) {
				return v
			}
		}
	}
	return ""
}

// tooltipDate is attrTitleDate's reading of data-tooltip attributes in
// win.
func tooltipDate(win []byte) string {
	for tag := range tagsHolding(win, " data-tooltip=") {
		if rawUpdateClass.FindSubmatchIndex(tag) != nil {
			continue
		}
		if m := rawTooltipAttr.FindSubmatchIndex(tag); m != nil {
			if v := string(tag[m[2]:m[3]]); titleDateHasYear(v) && !isUpdate(v) {
				return v
			}
		}
	}
	return ""
}

// tagsHolding yields, in order, the tags of win (tagAround's) that hold
// attr, the attribute's name with its leading space and "=".
func tagsHolding(win []byte, attr string) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for from := 0; from < len(win); {
			i := bytes.Index(win[from:], []byte(attr))
			if i < 0 {
				return
			}
			at := from + i
			from = at + 1
			if tag := tagAround(win, at); tag != nil && !yield(tag) {
				return
			}
		}
	}
}

// tagAround returns the tag of win that holds the attribute at at, from
// its "<" to before its ">", or nil when at is not inside a tag of at most
// attrISOTagMax bytes.
func tagAround(win []byte, at int) []byte {
	open := bytes.LastIndexByte(win[max(0, at-attrISOTagMax):at], '<')
	if open < 0 {
		return nil
	}
	open += max(0, at-attrISOTagMax)
	end := bytes.IndexByte(win[at:min(len(win), at+attrISOTagMax)], '>')
	if end < 0 || bytes.IndexByte(win[open+1:at], '>') >= 0 {
		return nil // the attribute is not inside the tag the last "<" opens
	}
	return win[open : at+end]
}

// titleDateHasYear reports whether s reads as a date with its day and year.
func titleDateHasYear(s string) bool {
	st, ok := metaDate(s)
	return ok && st.Year != 0 && st.Day != 0
}
