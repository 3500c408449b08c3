package clean

import (
	"regexp"
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// More forms of the visible date line near the title than [findDateStamp]
// reads (which the story detector's features use as they are, so it is left
// alone): a timestamp printed as ISO 8601 ("2022-11-23T08:10+02:00"), and a
// labelled date at the end of a longer byline strip ("By Jane Doe ⋅ Review
// Editor ⋅ Updated November 18, 2025").

// labelBeforeDate ends the text before a date that the words in front of it
// label: "Updated", "Published:", "Posted on", "Date:".
var labelBeforeDate = regexp.MustCompile(`(?i)\b(?:(?:updated|published|posted|modified)(?:\s+on)?|date)\s*:?\s*$`)

// onDate opens a line that gives a date after "On" alone: "On 8 Oct 2022".
var onDate = regexp.MustCompile(`(?i)^\W*on\s+`)

// headLineDate finds a date in a short line near the title that
// [findDateStamp] does not take: the line is an ISO 8601 timestamp alone,
// or a byline strip whose date, further in than four words, follows a
// label. It returns the date and the byte offset where it starts.
func headLineDate(line string) (dateparse.Stamp, int, bool) {
	s := strings.TrimSpace(line)
	if isoStamp(s) {
		if st, ok := metaDate(s); ok {
			return st, strings.Index(line, s), true
		}
	}
	// Middle dots as separators, byte for byte (U+22C5 and U+2219 are three
	// bytes, as " | " is), so the offsets stay the line's.
	sep := strings.NewReplacer("⋅", " | ", "∙", " | ").Replace(line)
	if endsSentence(line) {
		return dateparse.Stamp{}, 0, false // a sentence of the story
	}
	st, pos, ok := findDateAfter(sep, 10)
	if !ok || !labelBeforeDate.MatchString(sep[:pos]) {
		return dateparse.Stamp{}, 0, false
	}
	return st, pos, true
}

// isoStamp reports whether s looks like an ISO 8601 date with a time:
// "2022-11-23T08:10+02:00", "2024-05-01 09:30".
func isoStamp(s string) bool {
	if len(s) < 16 || len(s) > 35 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[13] == ':'
}

// onDateLine reports whether a line holds only a date after "On": the
// date strip of a list of the page's own facts ("On 8 Oct 2022", "in
// News").
func onDateLine(line string) bool {
	loc := onDate.FindStringIndex(line)
	if loc == nil {
		return false
	}
	st, _, ok := dateparse.DateLine(line[loc[1]:])
	return ok && st.Year != 0 && st.Day != 0
}

// ownNavKind reports whether a block a detector took for navigation sits
// outside the page's navigation, asides, footer and hidden parts: a line
// there that labels its date ("Published On: 15 August 2025", over a list
// of latest articles) is still the page's own.
func ownNavKind(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	if b.Kind != Nav || hb == nil {
		return false
	}
	return !hb.InNav && !hb.InAside && !hb.InFooter && !hb.Hidden
}

// ambiguousDate opens a text with a numeric date whose day and month may be
// read either way: "09.10.2024", "3/4/2025".
var ambiguousDate = regexp.MustCompile(`^(0?[1-9]|1[0-2])[./](0?[1-9]|1[0-2])[./]\d{4}\b`)

// agreeing returns st read the other way round (day for month) when text,
// where st was read, opens with a numeric date that reads both ways and
// only the other reading falls on meta's day: the metadata settles the
// page's order of day and month.
func agreeing(st dateparse.Stamp, text string, meta htmldoc.Stamp) dateparse.Stamp {
	if meta.Year != st.Year || int(st.Month) == st.Day || !ambiguousDate.MatchString(text) {
		return st
	}
	if int(meta.Month) == st.Day && meta.Day == int(st.Month) {
		st.Month, st.Day = meta.Month, meta.Day
	}
	return st
}
