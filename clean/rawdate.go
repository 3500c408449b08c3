package clean

import (
	"regexp"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// rawPublished finds a datePublished written into a script's data rather
// than a JSON-LD block: the state a JavaScript framework ships with the page
// (`\"datePublished\":\"2025-11-17T09:00:00-05:00\"`), or JSON in an
// attribute (`&quot;datePublished&quot;:&quot;2025-11-17&quot;`). Group 1
// is the ISO date, with its time when one follows.
var rawPublished = regexp.MustCompile(`(?:\\*"|&quot;)(?:datePublished|date_published|publishedAt|published_at|publishDate|publicationDate)(?:\\*"|&quot;)\s*:\s*(?:\\*"|&quot;)(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?)`)

// scriptPublished sets m.ScriptAt to the first date rawPublished finds in
// the page's source, when the metadata gave no publish date. It is the
// weakest of the page's own dates (a listing's state holds other stories'
// dates too): extract takes it after the visible ones.
func scriptPublished(m *htmldoc.Meta, src []byte) {
	if m.PublishedAt != (htmldoc.Stamp{}) {
		return
	}
	if sub := rawPublished.FindSubmatch(src); sub != nil {
		if st, ok := metaDate(string(sub[1])); ok {
			m.ScriptAt = htmldoc.Stamp(st)
		}
	}
}
