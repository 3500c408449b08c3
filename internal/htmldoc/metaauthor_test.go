package htmldoc

import (
	"slices"
	"testing"
)

// TestMetaAuthorFallsThrough checks that an author source holding only
// profile addresses gives way to the next source with a name: a Facebook
// page in article:author to sailthru.author, a JSON-LD author given as a
// URL to the author meta tag; and that a name in the first source still
// wins over the later ones.
func TestMetaAuthorFallsThrough(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":` + author + `}</script>`
	}
	tests := []struct {
		name, head string
		want       []string
	}{
		{"article:author's page, then sailthru",
			`<meta property="article:author" content="https://www.facebook.com/harbourpost/"><meta name="sailthru.author" content="Mara Quill">`,
			[]string{"Mara Quill"}},
		{"JSON-LD's address, then the author tag",
			ld(`"https://harbourpost.example/author/mara-quill/"`) + `<meta name="author" content="Mara Quill">`,
			[]string{"Mara Quill"}},
		{"JSON-LD's name first",
			ld(`{"@type":"Person","name":"Tomas Reed"}`) + `<meta name="author" content="Mara Quill">`,
			[]string{"Tomas Reed"}},
		{"addresses only: nobody",
			`<meta property="article:author" content="https://www.facebook.com/harbourpost/"><meta name="dc.creator" content="www.harbourpost.example">`,
			nil},
	}
	for _, tt := range tests {
		doc := mustParse(t, "<!doctype html><head><title>T</title>"+tt.head+"</head><body><p>text</p></body>")
		if got := doc.Meta.Authors; !slices.Equal(got, tt.want) {
			t.Errorf("%s: Authors = %q, want %q", tt.name, got, tt.want)
		}
	}
}
