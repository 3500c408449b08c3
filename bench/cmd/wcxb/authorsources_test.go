package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func TestPrintAuthorSources(t *testing.T) {
	page := `<html><head><title>Lanterns return to the old quay</title>
<meta name="author" content="Mara Quill"></head>
<body><article><h1>Lanterns return to the old quay</h1>
<p>The lanterns that lit the old quay for a century were hung again on Friday evening by volunteers from the harbour society.</p>
<p>The society raised the money for the repairs over two winters of bake sales, raffles and a long concert in the fish market.</p>
</article></body></html>`
	pages := []*wcxb.Page{
		{ID: "0001", URL: "https://harbour.example/lanterns", Type: wcxb.Article, Author: "Mara Quill"},
		{ID: "0002", URL: "https://harbour.example/lanterns", Type: wcxb.Article, Author: "Tomas Reed"},
	}
	srcs := [][]byte{[]byte(page), []byte(page)}
	rw := &row{runner: runner{name: "sys", input: aeb.HTML, gives: systems.AllFields}, outs: []systems.Output{
		{Authors: []string{"Mara Quill"}}, {Authors: []string{"Mara Quill"}},
	}}
	var b bytes.Buffer
	printAuthorSources(&b, rw, pages, srcs)
	got := b.String()
	for _, want := range []string{
		"sys: author sources per article",
		"ok    0001",
		"WRONG 0002",
		`gold "Tomas Reed"`,
		`>* meta-named "Mara Quill"`,
		`>  meta-named "Mara Quill"`,
		"1 of 2 articles right; of the wrong ones, the gold in some source on 0, in none on 1 (the gold names the site 0, one word 0, someone else 1, nobody 0)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	b.Reset()
	printAuthorSources(&b, &row{runner: runner{name: "text", input: aeb.Text, gives: systems.AllFields}}, pages, srcs)
	if b.Len() != 0 {
		t.Errorf("a system on text input listed: %q", b.String())
	}
}

// TestUnreachedKind checks the sorting of a gold author no source has.
func TestUnreachedKind(t *testing.T) {
	for _, c := range []struct{ gold, url, want string }{
		{"Harbour Lights", "https://www.harbour-lights.example/a", "site"},
		{"harbourlights", "https://harbourlights.example/a", "site"},
		{"mquill", "https://harbourlights.example/a", "one-word"},
		{"Mara", "https://harbourlights.example/a", "one-word"},
		{"Mara Quill, DVM", "https://harbourlights.example/a", "other"},
		{"", "https://harbourlights.example/a", "nobody"},
		{"Mara Quill", "::", "other"},
	} {
		if got := unreachedKind(c.gold, c.url); got != c.want {
			t.Errorf("unreachedKind(%q, %q) = %s, want %s", c.gold, c.url, got, c.want)
		}
	}
}
