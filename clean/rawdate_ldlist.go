package clean

import "bytes"

// ldListSpan is a stretch of the page's source, [from, to), inside a
// JSON-LD script, from the first ItemList or liveBlogUpdate in it to the
// script's end.
type ldListSpan struct{ from, to int }

// ldListSpans returns the stretches of src's JSON-LD scripts that follow
// an ItemList's type or a live blog's liveBlogUpdate key: there the
// datePublished values are other pages' (a list of stories, a carousel)
// or a live blog's posts, which the JSON-LD reader does not take as the
// page's (htmldoc's walkJSONLD enters neither), and which the script-data
// scan must not take either. Nil when the page has no such script.
func ldListSpans(src []byte) []ldListSpan {
	var spans []ldListSpan
	for from := 0; from < len(src); {
		i := indexLDJSONType(src[from:])
		if i < 0 {
			break
		}
		start := from + i
		if !inScriptTag(src[from:start]) {
			from = start + 1 // a <link type="application/ld+json">: no script opens here
			continue
		}
		if j := bytes.IndexByte(src[start:], '>'); j >= 0 {
			start += j + 1
		} else {
			break
		}
		end := len(src)
		if j := bytes.Index(src[start:], []byte("</script")); j >= 0 {
			end = start + j
		}
		script := src[start:end]
		at := bytes.Index(script, []byte(`"ItemList"`))
		if j := bytes.Index(script, []byte(`"liveBlogUpdate"`)); j >= 0 && (at < 0 || j < at) {
			at = j
		}
		if at >= 0 {
			spans = append(spans, ldListSpan{start + at, end})
		}
		from = end
	}
	return spans
}

// inScriptTag reports whether the end of before, the page's source up to
// a JSON-LD type, is inside a <script> start tag: the last '<' within
// maxTypeAttrBytes opens "<script" in any case. A <link
// type="application/ld+json"> names a file, not a script here.
func inScriptTag(before []byte) bool {
	if len(before) > maxTypeAttrBytes {
		before = before[len(before)-maxTypeAttrBytes:]
	}
	i := bytes.LastIndexByte(before, '<')
	const open = "<script"
	return i >= 0 && len(before)-i >= len(open) && bytes.EqualFold(before[i:i+len(open)], []byte(open)) &&
		bytes.IndexByte(before[i:], '>') < 0
}

// maxTypeAttrBytes is the most bytes read back from a JSON-LD type to its
// tag's '<': a script's other attributes (id, nonce, data-*) before it.
const maxTypeAttrBytes = 512

// indexLDJSONType returns the index in b of the first
// "application/ld+json" in any case (htmldoc reads a script's type without
// case, so "application/LD+JSON" is JSON-LD too), or -1: each '+' is a
// candidate, the words around it compared without case.
func indexLDJSONType(b []byte) int {
	const head, tail = "application/ld", "json"
	for from := 0; ; {
		i := bytes.IndexByte(b[from:], '+')
		if i < 0 {
			return -1
		}
		i += from
		if i >= len(head) && i+1+len(tail) <= len(b) &&
			bytes.EqualFold(b[i-len(head):i], []byte(head)) && bytes.EqualFold(b[i+1:i+1+len(tail)], []byte(tail)) {
			return i - len(head)
		}
		from = i + 1
	}
}

// rawPublishedOutsideLists is rawPublishedIndex(src) with the matches
// inside spans (ldListSpans) passed over: the first match outside them,
// or nil. Each match inside a span moves the search to the span's end,
// so the page is scanned once.
func rawPublishedOutsideLists(src []byte, spans []ldListSpan) []int {
	for from, k := 0, 0; from < len(src); {
		at := rawPublishedIndex(src[from:])
		if at == nil {
			return nil
		}
		for j := range at {
			if at[j] >= 0 {
				at[j] += from
			}
		}
		for k < len(spans) && spans[k].to <= at[0] {
			k++
		}
		if k == len(spans) || at[0] < spans[k].from {
			return at
		}
		from = spans[k].to
	}
	return nil
}
