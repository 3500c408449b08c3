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

// TestAuthorSlugs checks the names read from the author fields' profile
// addresses: a JSON-LD author given as a URL, an author object with a
// url and no name, an @id reference to a node with no name, an author
// tag's address; an object with a name gives none, and segments that
// are no name (a number, one word, a hash, an account) are left out.
func TestAuthorSlugs(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":` + author + `},` +
			`{"@type":"Person","@id":"https://harbour.example/#p1","url":"https://harbour.example/staff/ines-vale"}]}</script>`
	}
	tests := []struct {
		name, head string
		want       []string
	}{
		{"a URL string", ld(`"https://harbour.example/author/mara-quill/"`), []string{"mara quill"}},
		{"objects with a url only", ld(`[{"@type":"Person","url":"https://harbour.example/people/mara_quill.html"},{"@type":"Person","url":"https://harbour.example/people/tomas-van-reed"}]`),
			[]string{"mara quill", "tomas van reed"}},
		{"an @id reference", ld(`{"@id":"https://harbour.example/#p1"}`), []string{"ines vale"}},
		{"a named object", ld(`{"@type":"Person","name":"Mara Quill","url":"https://harbour.example/author/mara-quill/"}`), nil},
		{"the author tag's address", `<meta name="author" content="https://harbour.example/profile/mara-quill#bio">`, []string{"mara quill"}},
		{"no names", ld(`[{"url":"https://harbour.example/author/12345"},{"url":"https://harbour.example/author/quill/"},` +
			`{"url":"https://harbour.example/#/schema/person/9f8e7d"},{"url":"https://harbour.example/author/mquill-harbour-com/"},{"url":"https://harbour.example/author/harbour-team/"}]`), nil},
	}
	for _, tt := range tests {
		doc := mustParse(t, "<!doctype html><head><title>T</title>"+tt.head+"</head><body><p>text</p></body>")
		if got := doc.Meta.AuthorSlugs; !slices.Equal(got, tt.want) {
			t.Errorf("%s: AuthorSlugs = %q, want %q", tt.name, got, tt.want)
		}
	}
}
