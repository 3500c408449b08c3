package clean

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// rawPublished finds a publish date written into a script's data rather
// than a JSON-LD block: the state a JavaScript framework ships with the page
// (`\"datePublished\":\"2025-11-17T09:00:00-05:00\"`), or JSON in an
// attribute (`&quot;datePublished&quot;:&quot;2025-11-17&quot;`), under
// any of the keys frameworks name it by (datePublished, date_published,
// publishedAt, published_at, publishDate, publicationDate, publishedDate,
// publish_date, firstPublishedAt, publishedTime,
// article_publish_date, first_publish_date, a CMS's content_publish_date
// and Wagtail's first_published_at), in double quotes or single
// ones (a data layer's `'article_publish_date': '2025-11-17 07:40:00'`),
// bare after an object's "{" or "," (a Nuxt state's
// `{published_at:"2025-11-17T09:00:00Z"}`), or a script's variable
// (`var publishDate = "2025-11-17T09:00:00Z"`, one space after var, let or
// const). Group 1
// is the ISO date, with its time when one follows; group 2, when the value
// is a Unix time instead (`"publishedAt":1763388000` in seconds, or
// `"publishDate":"1763388000000"` in milliseconds, as many frameworks'
// states write it), its digits.
var rawPublished = lazyCompile(`(?:(?:\\*"|&quot;|')` + rawPublishedKeys + `(?:\\*"|&quot;|')\s*:|[{,]` + rawPublishedKeys + `\s*:|(?:var|let|const) ` + rawPublishedKeys + `\s*=)\s*(?:(?:\\*"|&quot;|')(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)|(?:\\*"|&quot;|')?(1\d{9}(?:\d{3})?)(?:[,;}\s\\"&']|$))`)

// rawPublishedKeys are the keys rawPublished reads a publish date under.
const rawPublishedKeys = `(?:datePublished|date_published|publishedAt|published_at|publishDate|publicationDate|publishedDate|publish_date|firstPublishedAt|publishedTime|article_publish_date|first_publish_date|content_publish_date|first_published_at)`

// scriptPublished sets m.ScriptAt to the first date rawPublished finds in
// the page's source, or the later one whose record names the page
// (pageURL, the caller's, or the canonical one: ownRecordPublished) (else
// the page's own record's createdAt or WordPress REST date; else rawPostDate: "post_date", "pub_date"; else a
// data attribute's Unix time under the headline, attrEpoch; else an
// attribute's ISO date by the headline, attrISO; else a date element's
// title by the headline, attrTitleDate; else the page's one pubDate key,
// pubDateValue; else a video's uploadDate; else an Arc story's
// display_date, arcDisplayDate), when the metadata gave no
// publish date. It is the
// weakest of the page's own dates (a listing's state holds other stories'
// dates too): extract takes it after the visible ones.
func scriptPublished(m *htmldoc.Meta, src []byte, pageURL string) {
	if m.PublishedAt != (htmldoc.Stamp{}) {
		return
	}
	first := rawPublishedIndex(src)
	if first != nil && m.LDLists {
		// a list's or live blog's dates in JSON-LD are other pages' or
		// posts' (ldListSpans)
		first = rawPublishedOutsideLists(src, ldListSpans(src))
	}
	at, own, ownOK := ownRecordPublished(m, src, pageURL, first)
	switch {
	case at == nil:
		if ownOK {
			m.ScriptAt = own // the page's own record's createdAt, or a WordPress REST record's date
		} else if at := rawPostDateIndex(src); at != nil {
			if st, ok := metaDate(string(src[at[2]:at[3]])); ok {
				m.ScriptAt = st
			}
		} else if digits := attrEpoch(src); digits != "" {
			if st, ok := unixDate(digits, pageZone(m)); ok {
				m.ScriptAt = st // data-timestamp="1710407520" under the headline
			}
		} else if iso := attrISO(src); iso != "" {
			if st, ok := metaDate(iso); ok {
				m.ScriptAt = st // data-published-at="2024-03-13T10:00:00Z" by the headline
			}
		} else if s := attrTitleDate(src); s != "" {
			if st, ok := metaDate(s); ok {
				m.ScriptAt = st // <span class="time-ago" title="Mar 14, 2024"> by the headline
			}
		} else if s := pubDateValue(src); s != "" {
			if st, ok := valueOrUnixDate(s, m); ok {
				m.ScriptAt = st // an RSS item's pubDate in embedded JSON, the page's one
			}
		} else if iso := videoUploadDate(src); iso != "" {
			if st, ok := metaDate(iso); ok {
				m.ScriptAt = st // a video page's VideoObject uploadDate
			}
		} else if iso := arcDisplayDate(src); iso != "" {
			if st, ok := metaDate(iso); ok {
				m.ScriptAt = st // an Arc story's display_date
			}
		}
	case at[2] >= 0:
		if st, ok := metaDate(string(src[at[2]:at[3]])); ok {
			m.ScriptAt = st
		}
	default:
		if st, ok := unixDate(string(src[at[4]:at[5]]), pageZone(m)); ok {
			m.ScriptAt = st
		}
	}
}

// unixDate reads a Unix time of 10 digits (seconds) or 13 (milliseconds)
// as a date and time in zone: the value itself names none, and the
// page's day is the one its readers saw.
func unixDate(digits string, zone *time.Location) (dateparse.Stamp, bool) {
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return dateparse.Stamp{}, false
	}
	if len(digits) == 13 {
		n /= 1000
	}
	return metaDate(time.Unix(n, 0).In(zone).Format(time.RFC3339))
}

// valueOrUnixDate reads s, a script's date value, as a date: a Unix
// time's digits in the page's zone ([unixDate], [pageZone]), else any form
// metaDate reads.
func valueOrUnixDate(s string, m *htmldoc.Meta) (dateparse.Stamp, bool) {
	if s[0] >= '0' && s[0] <= '9' && strings.Trim(s, "0123456789") == "" {
		return unixDate(s, pageZone(m))
	}
	return metaDate(s)
}

// pageZone returns the zone the page's other times are written in (its
// update time, its <time> elements), for reading a time that names none;
// UTC when none names one.
func pageZone(m *htmldoc.Meta) *time.Location {
	for _, st := range [...]htmldoc.Stamp{m.ModifiedAt, m.TimeAt, m.FirstTimeAt} {
		if st.HasZone {
			return time.FixedZone("", st.Offset)
		}
	}
	return time.UTC
}

// rawPublishedAt is rawPublished anchored at the start of its input: tried
// at a candidate position, it gives up within a few bytes there, where
// rawPublished itself runs its automaton over the whole page (it has no
// literal prefix to skip to; on WCXB pages that was 40% of the HTML path).
var rawPublishedAt = lazyCompile(`^(?:` + rawPublished.String() + `)`)

// rawPublishedIndex is rawPublished.FindSubmatchIndex(src), the leftmost match,
// found from the keys' common letters "ubli": every key holds them once,
// 1 to 9 bytes after its start, and a match opens at most 6 bytes before
// its key ("&quot;", "const ") or with a run of backslashes before the
// quote; a match opens on a backslash, a quote, "&", an object's "{" or
// "," or the v, l or c of var, let or const. So the match over a key whose "ubli" is at h starts
// in [h-15, h), or earlier in a run of backslashes reaching back from
// there; the windows are tried in order of h, each from its left, and the
// first anchored match is the leftmost one (a later key's match cannot
// start before an earlier key's, since only quotes, backslashes and a
// "var " can stand between a start and its key).
func rawPublishedIndex(src []byte) []int {
	for from := 0; ; {
		i := bytes.Index(src[from:], []byte("ubli"))
		if i < 0 {
			return nil
		}
		h := from + i
		lo := max(0, h-15)
		for lo > 0 && src[lo-1] == '\\' {
			lo--
		}
		for p := lo; p < h; p++ {
			c := src[p]
			if c != '\\' && c != '"' && c != '&' && c != '\'' && c != '{' && c != ',' && c != 'v' && c != 'l' && c != 'c' {
				continue
			}
			if at := rawPublishedAt.FindSubmatchIndex(src[p:]); at != nil {
				for k := range at {
					if at[k] >= 0 { // one of the value's two groups takes no part
						at[k] += p
					}
				}
				return at
			}
			for c == '\\' && p+1 < h && src[p+1] == '\\' {
				p++ // no match from the run's start: none from inside it
			}
		}
		from = h + 1
	}
}
