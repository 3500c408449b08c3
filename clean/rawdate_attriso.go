package clean

import "bytes"

// rawAttrISO matches, inside one tag, an attribute that names the story's
// publication and carries its date in ISO form, for a script or a
// template to print (`<span class="date"
// data-published-at="2024-03-13T10:00:00Z">`, `<h1
// data-publish-date="2024-03-13">`): data-published, data-publish,
// data-pubdate, data-date-published, data-publication-date, with -at,
// -date, -time or -on after the first three. Group 1 is the date, with
// its time when one follows. An update's (data-updated-at) is not one.
var rawAttrISO = lazyCompile(`\sdata-(?:(?:published|publish|pubdate)(?:[-_](?:at|date|time|on))?|date-published|publication-date)=["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)["']`)

// rawRDFaPublished matches an RDFa property that names the publication
// (`<span property="datePublished" content="2024-03-13">`, the
// dateCreated Drupal's RDF mapping gives a node, Dublin Core's dc:date,
// dc:created, dcterms:created, dcterms:issued, dcterms:date), and rawContentISO
// the content attribute that carries its ISO date, in either order
// inside the tag.
var (
	rawRDFaPublished = lazyCompile(`\sproperty=["'](?:[^"']*\s)?(?:schema:)?(?:datePublished|dateCreated|dc:date|dc:created|dc:issued|dcterms:created|dcterms:issued|dcterms:date)["'\s]`)
	rawContentISO    = lazyCompile(`\scontent=["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)["']`)
)

// attrISOTagMax is the longest tag read for such an attribute; a longer
// run to the next ">" is no tag of a date's.
const attrISOTagMax = 1000

// attrISO returns the ISO date that the first tag around the headline
// marks as the publication's in an attribute (rawAttrISO, or
// rawRDFaPublished with rawContentISO, or a date box's bare data-date,
// dateBoxISO): from the page's first <h1 to
// attrEpochWindow bytes after its end tag, and not past other posts'
// dates (othersCut), as attrEpoch reads. "" when there is none.
func attrISO(src []byte) string {
	win := headlineTagWindow(src)
	if !bytes.Contains(win, []byte("data-pub")) && !bytes.Contains(win, []byte("data-date")) &&
		!bytes.Contains(win, []byte("data-time")) && !bytes.Contains(win, []byte("property=")) &&
		!bytes.Contains(win, []byte("<amp-")) {
		return "" // none of the attributes: no tag to read
	}
	for from := 0; from < len(win); {
		i := bytes.IndexByte(win[from:], '<')
		if i < 0 {
			return ""
		}
		open := from + i
		j := bytes.IndexByte(win[open:min(len(win), open+attrISOTagMax)], '>')
		if j < 0 {
			from = open + 1
			continue
		}
		tag := win[open : open+j]
		from = open + j + 1
		if m := rawAttrISO.FindSubmatchIndex(tag); m != nil {
			return string(tag[m[2]:m[3]])
		}
		if iso := dateBoxISO(tag); iso != "" {
			return iso
		}
		if iso := ampDateISO(tag); iso != "" {
			return iso
		}
		if bytes.Contains(tag, []byte("property=")) && rawRDFaPublished.FindSubmatchIndex(tag) != nil {
			if m := rawContentISO.FindSubmatchIndex(tag); m != nil {
				return string(tag[m[2]:m[3]])
			}
		}
	}
	return ""
}

// headlineTagWindow returns the page's source from its first <h1 (or
// from its first </h1 when the <h1 tag is far before it) to
// attrEpochWindow bytes after that end tag, cut before other posts' dates
// (othersCut): where the attribute readers look for the story's date; nil
// when the page has no </h1>.
func headlineTagWindow(src []byte) []byte {
	h := bytes.Index(src, []byte("</h1"))
	if h < 0 {
		h = bytes.Index(src, []byte("</H1"))
	}
	if h < 0 {
		return nil
	}
	start := bytes.LastIndex(src[:h], []byte("<h1"))
	if start < 0 {
		start = bytes.LastIndex(src[:h], []byte("<H1"))
	}
	if start < 0 || h-start > attrISOTagMax {
		start = h
	}
	return othersCut(src[start:min(len(src), h+attrEpochWindow)])
}

// rawBareDataDate matches a bare data-date, data-time or data-date-time
// attribute with an ISO date (Naver's `data-date-time="2025-12-04
// 17:21:05"`); group 1 is the date, with its time when one follows.
var rawBareDataDate = lazyCompile(`\sdata-(?:date|time|date-time)=["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)["']`)

// dateBoxISO returns the ISO date of a bare data-date (data-time,
// data-date-time) attribute on a tag whose class names a date, a time or
// the story's meta line and not an update (`<div class="byline-date"
// data-date="2025-11-05T14:30:00Z"></div>`, a box a script fills), "" for
// any other tag: a calendar's cells and links carry data-date too, with no
// such class, and so do cards of other stories, which othersCut leaves
// out.
func dateBoxISO(tag []byte) string {
	if !bytes.Contains(tag, []byte(" data-date")) && !bytes.Contains(tag, []byte(" data-time=")) ||
		bytes.HasPrefix(tag, []byte("<td")) || bytes.HasPrefix(tag, []byte("<a ")) ||
		rawDateClass.FindSubmatchIndex(tag) == nil && rawMetaClass.FindSubmatchIndex(tag) == nil ||
		rawUpdateClass.FindSubmatchIndex(tag) != nil {
		return ""
	}
	if m := rawBareDataDate.FindSubmatchIndex(tag); m != nil {
		return string(tag[m[2]:m[3]])
	}
	return ""
}

// rawMetaClass matches a class attribute that names the story's meta line
// or byline ("article-meta", "entry-meta", "byline").
var rawMetaClass = lazyCompile(`\sclass=["'](?:[^"']*[\s_-])?(?:meta|byline)(?:[\s_-][^"']*)?["']`)

// rawDatetimeISO matches a datetime attribute with an ISO date; group 1 is
// the date, with its time when one follows.
var rawDatetimeISO = lazyCompile(`\sdatetime=["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)["']`)

// ampDateISO returns the ISO datetime of an AMP date element's tag
// (`<amp-date-display datetime="2025-11-29T08:00:00Z">`, whose text is a
// template a script fills; `<amp-timeago datetime=...>`), "" for any other
// tag.
func ampDateISO(tag []byte) string {
	if !bytes.HasPrefix(tag, []byte("<amp-date-display")) && !bytes.HasPrefix(tag, []byte("<amp-timeago")) {
		return ""
	}
	if m := rawDatetimeISO.FindSubmatchIndex(tag); m != nil {
		return string(tag[m[2]:m[3]])
	}
	return ""
}
