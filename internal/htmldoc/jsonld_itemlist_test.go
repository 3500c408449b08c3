package htmldoc

import "testing"

// An ItemList's items are other pages (a section's list of stories): the
// JSON-LD reader takes no date or headline from them, and still reads the
// page's own article beside the list.
func TestJSONLDItemListNotEntered(t *testing.T) {
	list := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","headline":"Ferry fares to rise","datePublished":"2025-11-20T10:00:00Z"}}]}</script>`
	own := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2025-12-05T14:30:00Z"}</script>`
	for _, c := range []struct{ name, head, published, headline string }{
		{"the list alone", list, "", ""},
		{"the page's article after the list", list + own, "2025-12-05T14:30:00Z", "Harbour board to rebuild the ferry pier"},
		{"leave alone: the page's article alone", own, "2025-12-05T14:30:00Z", "Harbour board to rebuild the ferry pier"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head>`+c.head+`</head><body><p>text</p></body>`)
			if m := doc.Meta; m.Published != c.published || m.HeadlineLD != c.headline {
				t.Errorf("published %q, headline %q; want %q, %q", m.Published, m.HeadlineLD, c.published, c.headline)
			}
		})
	}
}
