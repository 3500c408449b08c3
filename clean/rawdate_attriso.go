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
	h := bytes.Index(src, []byte("</h1"))
	if h < 0 {
		h = bytes.Index(src, []byte("</H1"))
	}
	if h < 0 {
		return ""
	}
	start := bytes.LastIndex(src[:h], []byte("<h1"))
	if start < 0 {
		start = bytes.LastIndex(src[:h], []byte("<H1"))
	}
	if start < 0 || h-start > attrISOTagMax {
		start = h
	}
	win := othersCut(src[start:min(len(src), h+attrEpochWindow)])
	if !bytes.Contains(win, []byte("data-pub")) && !bytes.Contains(win, []byte("data-date")) &&
		!bytes.Contains(win, []byte("property=")) {
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
		if bytes.Contains(tag, []byte("property=")) && rawRDFaPublished.FindSubmatchIndex(tag) != nil {
			if m := rawContentISO.FindSubmatchIndex(tag); m != nil {
				return string(tag[m[2]:m[3]])
			}
		}
	}
	return ""
}

// rawBareDataDate matches a bare data-date attribute with an ISO date;
// group 1 is the date, with its time when one follows.
var rawBareDataDate = lazyCompile(`\sdata-date=["'](\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)["']`)

// dateBoxISO returns the ISO date of a bare data-date attribute on a tag
// whose class names a date and not an update (`<div class="byline-date"
// data-date="2025-11-05T14:30:00Z"></div>`, a box a script fills), "" for
// any other tag: a calendar's cells and links carry data-date too, with no
// date class, and so do cards of other stories, which othersCut leaves out.
func dateBoxISO(tag []byte) string {
	if !bytes.Contains(tag, []byte(" data-date=")) || bytes.HasPrefix(tag, []byte("<td")) || bytes.HasPrefix(tag, []byte("<a ")) ||
		rawDateClass.FindSubmatchIndex(tag) == nil || rawUpdateClass.FindSubmatchIndex(tag) != nil {
		return ""
	}
	if m := rawBareDataDate.FindSubmatchIndex(tag); m != nil {
		return string(tag[m[2]:m[3]])
	}
	return ""
}
