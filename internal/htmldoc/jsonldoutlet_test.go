package htmldoc

import (
	"slices"
	"testing"
)

// TestMetaAuthorOutletItself checks that a news story's JSON-LD author
// typed Organization and named as its publisher (or og:site_name) is
// dropped, as is a Person named as a publisher typed Organization, and
// that a company blog's, a desk's, a person's (one publishing under their
// own name, or named as og:site_name only) and a different organisation's
// are kept.
func TestMetaAuthorOutletItself(t *testing.T) {
	org := `{"@type":"Organization","name":"Harbor Ledger"}`
	tests := []struct {
		name, head string
		want       []string
	}{
		{"NewsArticle, the publisher as author",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":` + org + `,"publisher":` + org + `}</script>`,
			nil},
		{"NewsArticle, the publisher with The as author, in an array",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Organization","name":"The Harbor Ledger"}],"publisher":` + org + `}</script>`,
			nil},
		{"NewsArticle, og:site_name the author's name, no publisher",
			`<meta property="og:site_name" content="Harbor Ledger"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":` + org + `}</script>`,
			nil},
		{"Article published by a NewsMediaOrganization by @id",
			`<script type="application/ld+json">{"@graph":[{"@type":"NewsMediaOrganization","@id":"#org","name":"Harbor Ledger"},{"@type":"Article","headline":"H","author":` + org + `,"publisher":{"@id":"#org"}}]}</script>`,
			nil},
		{"the outlet's name, then the meta author tag",
			`<meta name="author" content="Mara Quill"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":` + org + `,"publisher":` + org + `}</script>`,
			[]string{"Mara Quill"}},
		{"BlogPosting: a company's post keeps the company",
			`<script type="application/ld+json">{"@type":"BlogPosting","headline":"H","author":` + org + `,"publisher":` + org + `}</script>`,
			[]string{"Harbor Ledger"}},
		{"NewsArticle, a desk that is not the publisher",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Harbor Ledger Sports Desk"},"publisher":` + org + `}</script>`,
			[]string{"Harbor Ledger Sports Desk"}},
		{"NewsArticle, a Person named as a publisher typed Person is kept",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Mara Quill"},"publisher":{"@type":"Person","name":"Mara Quill"}}</script>`,
			[]string{"Mara Quill"}},
		{"NewsArticle, a Person named as a publisher typed Organization is dropped",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Harbor Ledger"},"publisher":` + org + `}</script>`,
			nil},
		{"NewsArticle, a Person named as og:site_name only is kept",
			`<meta property="og:site_name" content="Mara Quill"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Mara Quill"}}</script>`,
			[]string{"Mara Quill"}},
		{"NewsArticle by the publisher, an Article of the same headline by a Person",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":` + org + `,"publisher":` + org + `}</script><script type="application/ld+json">{"@type":"Article","headline":"H","author":{"@type":"Person","name":"Mara Quill"}}</script>`,
			[]string{"Mara Quill"}},
		{"NewsArticle by the publisher, a related story of another headline by a Person",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":` + org + `,"publisher":` + org + `}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","author":{"@type":"Person","name":"Mara Quill"}}</script>`,
			nil},
		{"BlogPosting, a Person named as the publisher is kept",
			`<script type="application/ld+json">{"@type":"BlogPosting","headline":"H","author":{"@type":"Person","name":"Harbor Ledger"},"publisher":` + org + `}</script>`,
			[]string{"Harbor Ledger"}},
	}
	for _, tt := range tests {
		doc := mustParse(t, "<!doctype html><head><title>T</title>"+tt.head+"</head><body><p>text</p></body>")
		if got := doc.Meta.Authors; !slices.Equal(got, tt.want) {
			t.Errorf("%s: Authors = %q, want %q", tt.name, got, tt.want)
		}
	}
}
