package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func TestPrintTitleCandidates(t *testing.T) {
	page := `<html><head><title>Lanterns return to the old quay | Harbour Post</title>
<meta property="og:title" content="Lanterns return to the old quay"></head>
<body><article><h1>Quay lanterns are back</h1>
<p>The lanterns that lit the old quay for a century were hung again on Friday evening by volunteers from the harbour society.</p>
<p>The society raised the money for the repairs over two winters of bake sales, raffles and a long concert in the fish market.</p>
</article></body></html>`
	pages := []*wcxb.Page{
		{ID: "0001", URL: "https://harbour.example/lanterns", Type: wcxb.Article, Title: "Lanterns return to the old quay"},
		{ID: "0002", URL: "https://harbour.example/lanterns", Type: wcxb.Article, Title: "Quay lanterns are back"},
	}
	srcs := [][]byte{[]byte(page), []byte(page)}
	rw := &row{runner: runner{name: "sys", gives: systems.AllFields}, outs: []systems.Output{
		{Title: "Quay lanterns are back"}, {Title: "Quay lanterns are back"},
	}}
	var b bytes.Buffer
	printTitleCandidates(&b, rw, pages, srcs)
	got := b.String()
	for _, want := range []string{
		"sys: wrong titles with the page's candidates",
		`gold "Lanterns return to the old quay"`,
		`got  "Quay lanterns are back"`,
		`] "Quay lanterns are back"`,
		"* [",
		"og",
		"1 of 2 wrong; the gold among the candidates on 1 of them",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "0002") {
		t.Errorf("lists a page whose title is right:\n%s", got)
	}
	b.Reset()
	printTitleCandidates(&b, &row{runner: runner{name: "body-only", gives: systems.BodyField}}, pages, srcs)
	if b.Len() != 0 {
		t.Errorf("a system without titles listed: %q", b.String())
	}
}
