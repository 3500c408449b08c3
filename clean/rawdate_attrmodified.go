package clean

import (
	"bytes"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// rawAttrModified matches, at a data attribute's start, one that names
// the story's update and carries its date in ISO form, for a script or a
// template to print (`<div data-published-date="..."
// data-modified-date="2025-12-01T09:00:00Z">`, Naver's
// `data-modify-date-time="2025-12-05 09:02:11"`): data-modified,
// data-updated, data-modify, data-last-modified, with -at, -date, -time,
// -on or -date-time after, and data-date-modified, data-date-updated.
// Group 1 is the date, with its time when one follows.
var rawAttrModified = lazyCompile(`^data-(?:(?:modified|updated|modify|last-modified)(?:[-_](?:at|date|time|on|date-time))?|date-(?:modified|updated))=["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)["']`)

// attrModified sets m.ModifiedAt, when the metadata and the page's marked
// <time>s gave no update, to the date of the first attribute around the
// headline (headlineTagWindow) that rawAttrModified reads.
func attrModified(m *htmldoc.Meta, src []byte) {
	if m.ModifiedAt != (htmldoc.Stamp{}) {
		return
	}
	if iso := attrModifiedISO(headlineTagWindow(src)); iso != "" {
		if st, ok := metaDate(iso); ok {
			m.ModifiedAt = st
		}
	}
}

// attrModifiedISO returns the value of the first attribute in win that
// rawAttrModified reads, "" when there is none: the pattern is tried only
// where " data-" is followed by one of the names it opens with
// (modifiedNames), so a page whose window holds none never compiles it.
func attrModifiedISO(win []byte) string {
	for from := 0; ; {
		i := bytes.Index(win[from:], []byte(" data-"))
		if i < 0 {
			return ""
		}
		p := from + i + 1
		from = p
		for _, name := range modifiedNames {
			if bytes.HasPrefix(win[p+len("data-"):], []byte(name)) {
				if at := rawAttrModified.FindSubmatchIndex(win[p:]); at != nil {
					return string(win[p+at[2] : p+at[3]])
				}
				break
			}
		}
	}
}

// modifiedNames are the starts of the names rawAttrModified reads after
// "data-".
var modifiedNames = [...]string{"modif", "updated", "last-modified", "date-modified", "date-updated"}
