package main

import (
	"io"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// pipeScores runs the text path over each page with its fold's model at
// threshold t and returns the summaries of the articles and of all pages.
func pipeScores(pages []*page, srcs map[string][]byte, models [3]*blockfeat.Model, t float32) (articles, all wcxb.Summary) {
	return summarizeBodies(pages, textBodies(pages, srcs, models, t))
}

// constModel scores every line with the probability of z.
func constModel(z float32) *blockfeat.Model {
	m := &blockfeat.Model{
		Dim:       blockfeat.TextDim,
		First:     make([]float32, blockfeat.TextDim+1),
		Second:    make([]float32, blockfeat.TextDim+blockfeat.PassTwo+1),
		Threshold: 0.5,
	}
	m.First[blockfeat.TextDim] = z
	m.Second[blockfeat.TextDim+blockfeat.PassTwo] = z
	return m
}

// TestPipeScores runs the text path with each fold's model in place of the
// built-in one: a model that drops every line loses the story of its fold's
// page, one that keeps every line keeps it, and the built-in model is back
// after.
func TestPipeScores(t *testing.T) {
	story := []string{
		"The ferry line between the two islands reopened on Monday after two months of repairs to the pier, the operator said in a statement.",
		"Passengers queued from early morning for the first crossing, and the first boat left the harbour full, the harbour master said.",
		"The operator said the timetable would return to normal by the end of the week, with six crossings a day in each direction.",
	}
	lines := append([]string{"Home", "News", "World", "Sport", "Weather", "Contact us", "Ferry line reopens after repairs"}, story...)
	lines = append(lines, "Share this article", "Most read", "Privacy policy")
	src := []byte(strings.Join(lines, "\n"))
	gold := func(id string) *wcxb.Page {
		return &wcxb.Page{ID: id, Type: wcxb.Article, Main: strings.Join(story, "\n\n"), Without: []string{"Privacy policy"}}
	}
	pages := []*page{{fold: 0, gold: gold("a")}, {fold: 1, gold: gold("b")}}
	srcs := map[string][]byte{"a": src, "b": src}
	drop, keep := constModel(-10), constModel(10)
	for _, c := range []struct {
		name   string
		models [3]*blockfeat.Model
		f1     func(float64) bool
	}{
		{"drop all", [3]*blockfeat.Model{drop, drop, drop}, func(f float64) bool { return f == 0 }},
		{"keep all", [3]*blockfeat.Model{keep, keep, keep}, func(f float64) bool { return f > 0.5 }},
	} {
		arts, all := pipeScores(pages, srcs, c.models, 0.5)
		if arts.Pages != 2 || all.Pages != 2 {
			t.Fatalf("%s: %d articles of %d pages, want 2 of 2", c.name, arts.Pages, all.Pages)
		}
		if !c.f1(arts.F1) {
			t.Errorf("%s: articles' F1 %.3f", c.name, arts.F1)
		}
	}
	// one fold's model apart from the other's: page a keeps, page b drops
	arts, _ := pipeScores(pages, srcs, [3]*blockfeat.Model{keep, drop, drop}, 0.5)
	if arts.F1 <= 0.25 || arts.F1 >= 0.75 {
		t.Errorf("keep on fold 0, drop on fold 1: articles' F1 %.3f, want about half a page's", arts.F1)
	}
	if m := blockfeat.Pick(blockfeat.TextPath, nil); m != nil {
		t.Error("pipeScores left its override in place")
	}
}

func TestParseThresholds(t *testing.T) {
	ts, err := parseThresholds("0.4, 0.5")
	if err != nil || len(ts) != 2 || ts[0] != 0.4 || ts[1] != 0.5 {
		t.Fatalf("parseThresholds: %v, %v", ts, err)
	}
	for _, bad := range []string{"", "0", "1.2", "x"} {
		if _, err := parseThresholds(bad); err == nil {
			t.Errorf("parseThresholds(%q): no error", bad)
		}
	}
}

// TestPipeThreshold: -text-threshold replaces the kept lines' threshold,
// and 0 leaves it.
func TestPipeThreshold(t *testing.T) {
	defer func(v float64) { *textThreshold = v }(*textThreshold)
	m := &blockfeat.Model{Threshold: 0.5}
	*textThreshold = 0
	pipeThreshold(m, io.Discard)
	if m.Threshold != 0.5 {
		t.Errorf("-text-threshold 0: threshold %.2f, want the model's 0.50", m.Threshold)
	}
	*textThreshold = 0.4
	pipeThreshold(m, io.Discard)
	if m.Threshold != 0.4 {
		t.Errorf("-text-threshold 0.4: threshold %.2f", m.Threshold)
	}
	pipeThreshold(nil, io.Discard) // no text model fitted: nothing to set
}
