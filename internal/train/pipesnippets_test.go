package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestSnippetRows: a must-not snippet the text output keeps under the
// story is listed with the HTML path's verdict, its place and the page's
// lines around it, each marked kept or not; a snippet the output does not
// keep, and a page that is no article, are left out.
func TestSnippetRows(t *testing.T) {
	src := "Home\n\nNews\n\nFerry line reopens\n\nThe ferry line reopened on Monday after repairs to the pier.\n\nQueues formed at dawn, the harbour master said.\n\nAbout us\n\nWe have run the island's favourite ferry blog since 2009.\n\nContact\n"
	body := "The ferry line reopened on Monday after repairs to the pier.\nQueues formed at dawn, the harbour master said.\nWe have run the island's favourite ferry blog since 2009."
	art := &wcxb.Page{ID: "a", Site: "ferry.example", Type: wcxb.Article,
		Main:    "The ferry line reopened on Monday after repairs to the pier.\nQueues formed at dawn, the harbour master said.",
		Without: []string{"Favourite ferry blog", "Privacy policy"}}
	other := &wcxb.Page{ID: "b", Site: "list.example", Type: "listing", Main: "x", Without: []string{"y"}}
	pages := []*page{{gold: art}, {gold: other}}
	srcs := map[string][]byte{"a": []byte(src), "b": []byte("y\n")}
	var asked []string
	verdict := func(p *wcxb.Page, snippet string) string {
		asked = append(asked, p.ID+": "+snippet)
		return "drops"
	}
	rows := snippetRows(pages, srcs, []string{body, "y"}, verdict)
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1: %+v", len(rows), rows)
	}
	r := rows[0]
	if r.id != "a" || r.site != "ferry.example" || r.html != "drops" || r.place != "below" || r.line != 3 || r.lines != 3 {
		t.Errorf("row = %+v", r)
	}
	if !slices.Equal(asked, []string{"a: Favourite ferry blog"}) {
		t.Errorf("verdicts asked for %q", asked)
	}
	want := []string{
		"        1  Home",
		"        3  News",
		"        5  Ferry line reopens",
		" K      7  The ferry line reopened on Monday after repairs to the pier.",
		" K      9  Queues formed at dawn, the harbour master said.",
		"       11  About us",
		">K     13  We have run the island's favourite ferry blog since 2009.",
		"       15  Contact",
	}
	if !slices.Equal(r.context, want) {
		t.Errorf("context =\n%s\nwant\n%s", strings.Join(r.context, "\n"), strings.Join(want, "\n"))
	}
}

// TestLinePlace: a line above the output's first gold line, between its
// gold lines, below its last; an output the gold holds none of; a snippet
// no one line holds.
func TestLinePlace(t *testing.T) {
	gold := []bool{false, true, false, true, false}
	for at, want := range []string{"above", "between", "between", "between", "below"} {
		if got := linePlace(gold, at); got != want {
			t.Errorf("linePlace(%d) = %q, want %q", at, got, want)
		}
	}
	if got := linePlace([]bool{false, false}, 1); got != "no gold" {
		t.Errorf("no gold line: %q", got)
	}
	if got := linePlace(gold, -1); got != "across lines" {
		t.Errorf("across lines: %q", got)
	}
}

// TestWriteSnippets: the rows with their context, then the counts by the
// HTML path's verdict and by place, of snippets and of sites.
func TestWriteSnippets(t *testing.T) {
	rows := []snippetRow{
		{id: "a", site: "s1", snippet: "About us", html: "drops", place: "below", line: 9, lines: 9, context: []string{">K  9  About us"}},
		{id: "b", site: "s1", snippet: "Shop now", html: "drops", place: "below", line: 4, lines: 5},
		{id: "c", site: "s2", snippet: "Subscribe", html: "keeps", place: "between", line: 2, lines: 7},
	}
	var b strings.Builder
	if err := writeSnippets(&b, rows); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"== a s1 | html drops | below, output line 9 of 9 | \"About us\"\n  >K  9  About us\n",
		"3 snippets kept",
		"html drops                 2 snippets on   1 sites",
		"html keeps                 1 snippets on   1 sites",
		"(html keeps)               1 snippets on   1 sites",
		"below                      2 snippets on   1 sites",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

// TestClip: a long line is cut at n runes (not bytes) and marked; a short
// one is left whole.
func TestClip(t *testing.T) {
	if got := clip("Qarabağ ferry", 7); got != "Qarabağ..." {
		t.Errorf("clip = %q", got)
	}
	if got := clip("ferry", 7); got != "ferry" {
		t.Errorf("clip = %q", got)
	}
}
