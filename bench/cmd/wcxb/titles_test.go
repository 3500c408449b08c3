package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func TestPrintWrongTitles(t *testing.T) {
	pages := []*wcxb.Page{
		{ID: "0001", Type: wcxb.Article, Title: "Ferry line reopens"},
		{ID: "0002", Type: wcxb.Article, Title: "Ferry line reopens"},
		{ID: "0003", Type: wcxb.Forum, Title: "Ferry talk"},
	}
	rw := &row{runner: runner{name: "sys", gives: systems.AllFields}, outs: []systems.Output{
		{Title: "Ferry line reopens | Harbour News"}, {Title: "Ferry Line Reopens!"}, {Title: "Home"},
	}}
	var b bytes.Buffer
	printWrongTitles(&b, rw, pages)
	got := b.String()
	for _, want := range []string{"sys: wrong titles", `0001  "Ferry line reopens | Harbour News"`, `gold "Ferry line reopens"`, "1 of 2 wrong"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "0002") || strings.Contains(got, "0003") {
		t.Errorf("lists a right title or a page that is no article:\n%s", got)
	}
	b.Reset()
	printWrongTitles(&b, &row{runner: runner{name: "body-only", gives: systems.BodyField}}, pages)
	if b.Len() != 0 {
		t.Errorf("a system without titles listed: %q", b.String())
	}
}
