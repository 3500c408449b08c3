package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestJunkRows: on an invented article, a kept promotion above the story
// and a kept bio below it are junk with their places; the kept story
// paragraphs and a removed menu are not.
func TestJunkRows(t *testing.T) {
	one := "The council voted on Tuesday to close the old bridge for repairs this spring."
	two := "Engineers found cracks in two of the piers during an inspection last month."
	promo := "Our winter sale ends soon with big savings on every garden tool in the shop."
	bio := "Jane Doe writes about farming and weather for the paper from her home in Kent."
	src := "<html><body><nav><p>Home News Sport</p></nav><article><p>" + promo + "</p><p>" + one + "</p><p>" + two + "</p><p>" + bio + "</p></article></body></html>"
	p := &wcxb.Page{ID: "x", Site: "example.org", Type: wcxb.Article, Main: one + "\n" + two}
	doc, err := htmldoc.Parse([]byte(src), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	kept := keptBlocks(len(doc.Blocks), []extract.Removed{{Line: 1}})
	var got []string
	for _, r := range junkRows(p, doc, kept, strings.Join([]string{promo, one, two, bio}, "\n")) {
		got = append(got, r.side+" "+r.kind)
		if r.words != len(wcxb.Tokens(r.text)) {
			t.Errorf("%q: %d words, want every word of the block", r.text, r.words)
		}
	}
	if want := []string{"junk p above", "junk p below"}; !slices.Equal(got, want) {
		t.Fatalf("junk rows %q, want %q", got, want)
	}
}

func TestTopKinds(t *testing.T) {
	got := topKinds(map[string]int{"a": 3, "b": 9, "c": 3, "d": 1}, 3)
	if want := "b:9; a:3; c:3"; got != want {
		t.Errorf("topKinds = %q, want %q", got, want)
	}
	if got := topKinds(map[string]int{"a": 1}, 3); got != "a:1" {
		t.Errorf("one kind: %q", got)
	}
}

// TestWritePeerCensus: the peer wins the page where the output lost a
// paragraph, and not the page the output got whole.
func TestWritePeerCensus(t *testing.T) {
	one := "The council voted on Tuesday to close the old bridge for repairs this spring."
	two := "Engineers found cracks in two of the piers during an inspection last month."
	src := []byte("<html><body><article><p>" + one + "</p><p>" + two + "</p></article></body></html>")
	gold := []*wcxb.Page{
		{ID: "lost", Site: "a.org", Type: wcxb.Article, Main: one + "\n" + two},
		{ID: "whole", Site: "b.org", Type: wcxb.Article, Main: one + "\n" + two},
	}
	bodies := []string{one, one + "\n" + two}
	removed := [][]extract.Removed{{{Rule: "model/html", Line: 2, Text: two}}, nil}
	peer := map[string]string{"lost": one + "\n" + two, "whole": one + "\n" + two}
	dir := t.TempDir()
	var log strings.Builder
	if err := writePeerCensus(dir, gold, [][]byte{src, src}, bodies, removed, peer, &log); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "peer.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(rows) != 2 || !strings.HasPrefix(rows[1], "lost\ta.org\t") || !strings.Contains(rows[1], "lost model/html p below") {
		t.Fatalf("peer.tsv:\n%s", data)
	}
	if !strings.Contains(log.String(), "wins 1 train articles") {
		t.Errorf("log: %s", log.String())
	}
	// the peer's file is read as bench/cmd/wcxb writes it
	path := filepath.Join(dir, "peer.json")
	b, _ := json.Marshal(peer)
	os.WriteFile(path, b, 0o644)
	if got, err := readPeer(path); err != nil || got["lost"] != peer["lost"] {
		t.Errorf("readPeer: %v %v", got, err)
	}
}

func TestMarkWord(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"site", "comments", "area", "comment", "body"}, "comment"},
		{[]string{"sidebar", "entry", "content"}, "sidebar"},
		{[]string{"entry", "content"}, ""},
		{nil, ""},
	} {
		if got := markWord(c.words); got != c.want {
			t.Errorf("markWord(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}
