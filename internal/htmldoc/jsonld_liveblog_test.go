package htmldoc

import "testing"

// A live blog's liveBlogUpdate entries are its posts, each with a headline,
// a body and a later day: the JSON-LD reader takes the LiveBlogPosting's
// own date and headline, even where an entry holds more of the fields
// pickArticle counts (a body, where the blog has none).
func TestJSONLDLiveBlogUpdatesNotEntered(t *testing.T) {
	blog := func(own string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",` + own +
			`"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Second vote passes","datePublished":"2025-06-12T19:00:00Z","articleBody":"The motion passed by nine votes to four."},` +
			`{"@type":"BlogPosting","headline":"Debate opens","datePublished":"2025-06-12T17:30:00Z","articleBody":"Members took their seats at half past five."}]}</script>`
	}
	for _, c := range []struct{ name, head, published, headline string }{
		{"the blog with its headline", blog(`"headline":"Council debates the harbour plan: live","datePublished":"2025-06-11T08:00:00Z",`), "2025-06-11T08:00:00Z", "Council debates the harbour plan: live"},
		{"the blog without a headline", blog(`"datePublished":"2025-06-11T08:00:00Z",`), "2025-06-11T08:00:00Z", ""},
		{"the blog without a date", blog(`"headline":"Council debates the harbour plan: live",`), "", "Council debates the harbour plan: live"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head>`+c.head+`</head><body><p>text</p></body>`)
			if m := doc.Meta; m.Published != c.published || m.HeadlineLD != c.headline {
				t.Errorf("published %q, headline %q; want %q, %q", m.Published, m.HeadlineLD, c.published, c.headline)
			}
		})
	}
}
