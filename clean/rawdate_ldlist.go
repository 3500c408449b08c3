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
		i := bytes.Index(src[from:], []byte("application/ld+json"))
		if i < 0 {
			break
		}
		start := from + i
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
