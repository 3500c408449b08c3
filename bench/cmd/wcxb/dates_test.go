package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/bench/aeb"
	"github.com/newsclean/newsclean/bench/internal/systems"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func TestPrintWrongDates(t *testing.T) {
	pages := []*wcxb.Page{
		{ID: "0001", Type: wcxb.Article, Published: "2025-03-05"},
		{ID: "0002", Type: wcxb.Article, Published: "2025-03-05"},
		{ID: "0003", Type: wcxb.Article, Published: "2025-03"},
		{ID: "0004", Type: wcxb.Forum, Published: "2025-03-05"},
	}
	outs := []systems.Output{{Published: "2025-03-06"}, {Published: "2025-03-05T23:30:00-05:00"}, {}, {}}
	var far strings.Builder
	for range dumpLines + 5 {
		far.WriteString("Home\n\n")
	}
	srcs := [][]byte{[]byte("Ferry line reopens\n\n" + far.String() + "Posted March 5, 2025\nMenu\n"), nil, nil, nil}
	rw := &row{runner: runner{name: "sys", input: aeb.Text, gives: systems.AllFields}, outs: outs}
	var b bytes.Buffer
	printWrongDates(&b, rw, pages, srcs)
	got := b.String()
	for _, want := range []string{"sys: wrong publish days", "0001  gold 2025-03-05  got 2025-03-06", "1  Ferry line reopens", "Posted March 5, 2025", "1 of 2 wrong"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "0002") || strings.Contains(got, "0003") || strings.Contains(got, "0004") || strings.Contains(got, "Menu") {
		t.Errorf("lists a right day, a gold without a day, a page that is no article, or a far line without the year:\n%s", got)
	}
	b.Reset()
	printWrongDates(&b, &row{runner: runner{name: "body-only", gives: systems.BodyField}}, pages, srcs)
	if b.Len() != 0 {
		t.Errorf("a system without dates listed: %q", b.String())
	}
}
