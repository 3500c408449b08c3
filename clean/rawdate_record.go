package clean

import (
	"bytes"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// recordWindow is how far, in bytes, a script record's reader looks on
// either side of a date key for the braces of the object holding it: a
// story's record in a framework's state names its url or slug within a
// few hundred bytes of its date, and the bound keeps the reading linear.
const recordWindow = 600

// maxRecordDates is how many publish keys ownRecordAt reads past the
// first one before it keeps the first.
const maxRecordDates = 64

// pageForms are the page's own address in the forms a script record names
// it by: the full addresses without a trailing slash, their paths, and
// the last path segment (a slug).
type pageForms struct {
	urls, paths, slugs []string
	title              string
}

// newPageForms returns the forms of the caller's URL and the canonical
// one (either may be empty or relative) and the page's title; ok is false
// when neither address names a path and the page has no title.
func newPageForms(pageURL, canonical, title string) (pageForms, bool) {
	var f pageForms
	for _, s := range [...]string{pageURL, canonical} {
		u, err := url.Parse(strings.TrimSpace(s))
		if s == "" || err != nil {
			continue
		}
		p := strings.Trim(u.Path, "/")
		if p == "" {
			continue
		}
		if u.Host != "" {
			f.urls = append(f.urls, strings.TrimSuffix(u.Scheme+"://"+u.Host+u.Path, "/"))
		}
		f.paths = append(f.paths, p)
		seg := p[strings.LastIndexByte(p, '/')+1:]
		seg = strings.TrimSuffix(strings.TrimSuffix(seg, ".html"), ".htm")
		if len(seg) >= 3 {
			f.slugs = append(f.slugs, seg)
		}
	}
	f.title = title
	return f, len(f.paths) > 0 || title != ""
}

// names reports whether a record's key and string value name the page:
// its url, link or canonical equal to the page's address, its path equal
// to the page's path, its slug equal to the page's last segment, or (when
// byTitle) its title equal to the page's title before a site's name.
func (f pageForms) names(key, v string, byTitle bool) bool {
	switch key {
	case "url", "link", "canonical", "canonicalUrl", "canonical_url", "permalink", "href":
		v = strings.TrimSuffix(v, "/")
		if strings.HasPrefix(v, "/") {
			return slices.Contains(f.paths, strings.Trim(v, "/"))
		}
		return slices.Contains(f.urls, v)
	case "path", "pathname", "uri":
		return slices.Contains(f.paths, strings.Trim(v, "/"))
	case "slug":
		return slices.Contains(f.slugs, strings.Trim(v, "/"))
	case "title", "headline":
		if !byTitle || len(v) < 12 || !strings.HasPrefix(f.title, v) {
			return false
		}
		rest := f.title[len(v):]
		return rest == "" || rest[0] == ' '
	}
	return false
}

// identityKey reports whether key is one pageForms.names reads: a
// record's address, path, slug or title.
func identityKey(key string) bool {
	switch key {
	case "url", "link", "canonical", "canonicalUrl", "canonical_url", "permalink", "href",
		"path", "pathname", "uri", "slug", "title", "headline":
		return true
	}
	return false
}

// recordSpan returns the bounds of the innermost object holding the byte
// at pos: its "{" and its "}", each searched for within recordWindow
// bytes (braces inside string values are counted too, a rare miss); ok
// is false when either is not found there.
func recordSpan(src []byte, pos int) (lo, hi int, ok bool) {
	depth := 0
	lo = -1
	for i := pos - 1; i >= max(0, pos-recordWindow) && lo < 0; i-- {
		switch src[i] {
		case '}', ']':
			depth++
		case '[':
			if depth == 0 {
				return 0, 0, false // pos is in a list, no object
			}
			depth--
		case '{':
			if depth == 0 {
				lo = i
			}
			depth--
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	depth = 0
	for i := pos; i < min(len(src), pos+recordWindow); i++ {
		switch src[i] {
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return lo, i, src[i] == '}'
			}
			depth--
		}
	}
	return 0, 0, false
}

// recordStrings calls fn with each key of the object src[lo:hi] (lo at its
// "{") whose value is a string, not those of the objects nested in it,
// the value's escapes undone ("\/" and "\u002F" as "/"); fn returning
// true stops the reading and recordStrings returns true.
func recordStrings(src []byte, lo, hi int, fn func(key, value string) bool) bool {
	depth := 0
	for i := lo + 1; i < hi; i++ {
		switch c := src[i]; c {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		case '"':
			if depth != 0 {
				continue
			}
			end := bytes.IndexByte(src[i+1:hi], '"')
			if end < 0 {
				return false
			}
			key := strings.TrimRight(string(src[i+1:i+1+end]), `\`)
			j := i + 1 + end + 1
			for j < hi && (src[j] == ' ' || src[j] == '\\' || src[j] == '"') {
				j++
			}
			if j >= hi || src[j] != ':' {
				i = i + 1 + end // a value: skip it whole
				continue
			}
			j++
			for j < hi && (src[j] == ' ' || src[j] == '\\') {
				j++
			}
			if j >= hi || src[j] != '"' {
				i = j - 1 // the value is no string: read on from it
				continue
			}
			vend := bytes.IndexByte(src[j+1:hi], '"')
			if vend < 0 {
				return false
			}
			if fn(key, unescapeRecord(string(src[j+1:j+1+vend]))) {
				return true
			}
			i = j + 1 + vend
		}
	}
	return false
}

// unescapeRecord undoes a script value's escapes of "/" and drops the
// other backslashes.
func unescapeRecord(v string) string {
	if !strings.Contains(v, `\`) {
		return v
	}
	v = strings.ReplaceAll(strings.ReplaceAll(v, `\u002F`, "/"), `\u002f`, "/")
	return strings.ReplaceAll(v, `\`, "")
}

// recordNamesPage reports whether the innermost object holding the byte at
// pos names the page (pageForms.names).
func recordNamesPage(src []byte, pos int, f pageForms, byTitle bool) bool {
	lo, hi, ok := recordSpan(src, pos)
	return ok && recordStrings(src, lo, hi, func(k, v string) bool { return f.names(k, v, byTitle) })
}

// ownRecordAt returns rawPublishedIndex's match whose record names the
// page (by its address or its title), when the first match's record names
// another story (a url, slug, path, link or title of its own) and a later
// one (of the next maxRecordDates) names the page: a state listing related
// stories' records before the page's own. Otherwise it returns first.
func ownRecordAt(src []byte, first []int, f pageForms) []int {
	lo, hi, ok := recordSpan(src, first[0])
	if !ok {
		return first
	}
	named, page := false, false
	recordStrings(src, lo, hi, func(k, v string) bool {
		page = f.names(k, v, true)
		named = named || identityKey(k)
		return page
	})
	if page || !named {
		return first // the page's record, or a data layer's naming no story: no related list to look past
	}
	from := first[1]
	for n := 0; n < maxRecordDates && from < len(src); n++ {
		at := rawPublishedIndex(src[from:])
		if at == nil {
			break
		}
		for k := range at {
			if at[k] >= 0 {
				at[k] += from
			}
		}
		if recordNamesPage(src, at[0], f, true) {
			return at
		}
		from = at[1]
	}
	return first
}

// ownRecordCreated reads a date the page's own record gives under a key
// no publish reader takes alone: a bare "createdAt" or "_createdAt" (a
// Next.js, Sanity or Strapi record's) where the record names the page by
// its address or its title, and a WordPress REST record's "date_gmt" or
// "date" where its link is the page's address. An author's, image's or
// comment's record names no page and is not read.
func ownRecordCreated(src []byte, f pageForms) (dateparse.Stamp, bool) {
	for _, key := range [...]recordKey{{"createdAt", 7}, {"date_gmt", 4}} {
		for from, n := 0, 0; n < maxRecordDates; n++ {
			at := key.index(src, from)
			if at < 0 {
				break
			}
			from = at + len(key.name)
			if at == 0 || (src[at-1] != '"' && src[at-1] != '_') || from >= len(src) || src[from] != '"' && src[from] != '\\' {
				continue
			}
			lo, hi, ok := recordSpan(src, at)
			if !ok {
				continue
			}
			var vals = map[string]string{}
			names := false
			recordStrings(src, lo, hi, func(k, v string) bool {
				switch k {
				case "createdAt", "_createdAt", "date", "date_gmt":
					vals[k] = v
				}
				if !names {
					names = f.names(k, v, key.name == "createdAt")
				}
				return false
			})
			if !names {
				continue
			}
			if key.name == "createdAt" {
				if v := vals["createdAt"] + vals["_createdAt"]; v != "" {
					if st, ok := metaDate(v); ok {
						return st, true
					}
				}
				continue
			}
			if st, ok := wpRESTDate(vals["date"], vals["date_gmt"]); ok {
				return st, true
			}
		}
	}
	return dateparse.Stamp{}, false
}

// recordKey is a key ownRecordCreated seeks in a page's whole source, and
// where its rare tail starts: "At" of "createdAt" (an upper-case letter,
// rare in HTML) and "_gmt" of "date_gmt". Seeking the tail and checking
// the head before it reads the source at a fraction of the cost of
// seeking the key's common first letter, which every "c" or "d" of the
// page stops.
type recordKey struct {
	name string
	tail int
}

// index returns the first index of k.name in src at or after from, or -1.
func (k recordKey) index(src []byte, from int) int {
	head, tail := k.name[:k.tail], []byte(k.name[k.tail:])
	for from += k.tail; from < len(src); {
		i := bytes.Index(src[from:], tail)
		if i < 0 {
			return -1
		}
		at := from + i - k.tail
		if string(src[at:at+k.tail]) == head {
			return at
		}
		from += i + 1
	}
	return -1
}

// wpRESTDate reads a WordPress REST record's dates, local and UTC, both
// without a zone: the local one with the zone their difference gives,
// else the UTC one as UTC, else the local one alone.
func wpRESTDate(local, gmt string) (dateparse.Stamp, bool) {
	const layout = "2006-01-02T15:04:05"
	l, errL := time.Parse(layout, local)
	g, errG := time.Parse(layout, gmt)
	switch {
	case errL == nil && errG == nil:
		off := int(l.Sub(g) / time.Second)
		if off%900 == 0 && off > -14*3600 && off < 15*3600 {
			return metaDate(g.In(time.FixedZone("", off)).Format(time.RFC3339))
		}
		return metaDate(gmt + "Z")
	case errG == nil:
		return metaDate(gmt + "Z")
	case errL == nil:
		return metaDate(local)
	}
	return dateparse.Stamp{}, false
}

// ownRecordPublished is scriptPublished's reading of a script's records
// by the page they name: it returns the index ownRecordAt picks from
// first (nil when first is nil), and, when first is nil, the date
// ownRecordCreated reads.
func ownRecordPublished(m *htmldoc.Meta, src []byte, pageURL string, first []int) ([]int, dateparse.Stamp, bool) {
	f, ok := newPageForms(pageURL, m.URL, m.Title)
	if !ok {
		return first, dateparse.Stamp{}, false
	}
	if first != nil {
		return ownRecordAt(src, first, f), dateparse.Stamp{}, false
	}
	st, ok := ownRecordCreated(src, f)
	return first, st, ok
}
