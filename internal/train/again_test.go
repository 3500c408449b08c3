package main

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/train/align"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestAgainPage: the second-pass page is the title line, then the story
// lines in order, without the furniture, labelled again by the teacher;
// too short a story gives none.
func TestAgainPage(t *testing.T) {
	story := []string{
		"The ferry line between the two harbours reopened on Monday after three weeks of repairs to the pier.",
		"Passengers queued from six in the morning, and the first crossing left on time, the operator said.",
		"The repairs cost more than planned, as the storm in March had damaged the pier's foundations too.",
		"The council will pay half of the extra cost, its leader said, and the operator the other half.",
		"Fares stay the same until the end of the year, when the operator will review its timetable.",
		"A second ferry is due to join the line in the spring, doubling the crossings at peak times.",
		"Residents had campaigned for the reopening since the line closed, collecting two thousand signatures.",
	}
	texts := []string{"Home", "News", "Ferry line reopens after repairs"}
	texts = append(texts, story[:3]...)
	texts = append(texts, "Advertisement")
	texts = append(texts, story[3:]...)
	texts = append(texts, "Share this", "© 2025 Harbour Gazette")
	gold := &wcxb.Page{Title: "Ferry line reopens after repairs", URL: "https://example.org/news/ferry"}
	for i, s := range story {
		if i > 0 {
			gold.Main += "\n\n"
		}
		gold.Main += s
	}
	g := align.Gold{Main: gold.Main, Title: gold.Title}
	p := &page{fold: 2, dim: blockfeat.TextDim, texts: texts, labels: align.Blocks(texts, g), gold: gold}
	a := againPage(p)
	if a == nil {
		t.Fatal("no second-pass page for a story of 7 paragraphs and a title")
	}
	want := append([]string{gold.Title}, story...)
	if !slices.Equal(a.texts, want) {
		t.Errorf("second-pass page %q, want the title then the story %q", a.texts, want)
	}
	if !a.again || a.fold != p.fold || len(a.x) != len(want)*blockfeat.TextDim || len(a.labels) != len(want) {
		t.Errorf("again %v, fold %d (want %d), %d features and %d labels for %d lines", a.again, a.fold, p.fold, len(a.x), len(a.labels), len(want))
	}
	for i, l := range a.labels {
		if l.Label == align.Other {
			t.Errorf("line %d %q labelled other on the second-pass page", i, a.texts[i])
		}
	}
	// A title and five story lines are fewer than the detector runs on.
	short := &page{dim: blockfeat.TextDim, texts: texts[:9], labels: p.labels[:9], gold: gold}
	if a := againPage(short); a != nil {
		t.Errorf("a second-pass page of %d lines, want none under %d", len(a.texts), minAgainLines)
	}
}

// TestFirstPages: the second-pass pages and their scores are left out.
func TestFirstPages(t *testing.T) {
	pages := []*page{{fold: 0}, {again: true}, {fold: 1}}
	scores := [][]float32{{0.1}, {0.2}, {0.3}}
	ps, ss := firstPages(pages, scores)
	if len(ps) != 2 || ps[0] != pages[0] || ps[1] != pages[2] || len(ss) != 2 || ss[1][0] != 0.3 {
		t.Errorf("firstPages kept %d pages and scores %v, want the first and the third", len(ps), ss)
	}
}
