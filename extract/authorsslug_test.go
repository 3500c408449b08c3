package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// slugPage is a story whose JSON-LD names its author only by a profile
// address (author), with more head tags and the note under the story.
func slugPage(author, head, note string) []byte {
	return page(`<title>Lanterns for the quay</title><meta property="article:published_time" content="2025-03-04">`+
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lanterns for the quay","datePublished":"2025-03-04","author":`+author+`}</script>`+head,
		`<h1>Lanterns for the quay</h1>`+note)
}

// A name that the metadata gives only in a profile address's last
// segment is the author where the page prints it (in its own letters) or
// where a metadata handle spells it without spaces; a slug the page does
// not print, or one that names a desk, gives nobody.
func TestAuthorsProfileSlug(t *testing.T) {
	const url = "https://harbourpost.example/2025/03/lanterns"
	for _, c := range []struct {
		name string
		src  []byte
		want []string
	}{
		{"printed in a note", slugPage(`"https://harbourpost.example/author/mara-mcquill/"`, "",
			`<p class="note">Mara McQuill covers the harbour, the ferries and the fishing fleet for the paper since 2019.</p>`),
			[]string{"Mara McQuill"}},
		{"a handle over its profile", slugPage(`[{"@type":"Person","url":"https://harbourpost.example/people/mara-quill"}]`,
			`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="maraquill">`, ""),
			[]string{"Mara Quill"}},
		{"leave alone: not printed", slugPage(`"https://harbourpost.example/author/mara-quill/"`, "", ""), nil},
		{"leave alone: a desk", slugPage(`"https://harbourpost.example/author/news-desk/"`, "", `<p>News desk</p>`), nil},
	} {
		a, err := extract.HTMLBytes(c.src, "text/html; charset=utf-8", &extract.Options{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%s: authors = %q, want %q", c.name, a.Authors, c.want)
		}
	}
}
