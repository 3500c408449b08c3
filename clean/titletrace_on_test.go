//go:build titletrace

package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/titlerank"
)

// TestTitleOff checks the census's switch (TitleOff, in the titletrace
// build only): on an invented page whose address's slug names a headline
// over a byline, with a section's heading right over the story, the slug
// rule decides; turned off, the line over the story (titleAbove) takes its
// place, and the trace names that path; turning off a rule that does not
// decide the page leaves its title alone.
func TestTitleOff(t *testing.T) {
	page := strings.ReplaceAll(`Home
Garden
Winter Garden Planning Guide
By Jane Doe
Planning Ahead for the Cold Months
Before the first frost arrives, walk the beds with a notebook and mark which plants will need cover, which can stay as they are, and which are best lifted and kept indoors.
Order seed in late autumn, while the catalogues still hold the varieties you want, and sort the packets by the month each one should be sown.
`, "\n", "\n\n")
	const url = "https://example.org/blog/winter-garden-planning-guide"
	defer func() { TitleOff, TitleTrace = nil, nil }()
	var paths []string
	TitleTrace = func(path string, line int, text string) { paths = append(paths, path) }
	for _, c := range []struct {
		off, want, path string
	}{
		{"", "Winter Garden Planning Guide", "slug"},
		{"above", "Winter Garden Planning Guide", "slug"},
		{"slug", "Planning Ahead for the Cold Months", "above"},
	} {
		TitleOff, paths = map[string]bool{c.off: c.off != ""}, nil
		if got := genericTitle(t, page, url); got != c.want || len(paths) == 0 || paths[len(paths)-1] != c.path {
			t.Errorf("off %q: title %q by %q, want %q by %q", c.off, got, paths, c.want, c.path)
		}
	}
}

// TestHeadlineModelOverride checks the census's stand-in for the headline
// model (HeadlineModel, in the titletrace build only): set, it ranks the
// candidates in the built-in model's place; unset, the built-in model is
// back.
func TestHeadlineModelOverride(t *testing.T) {
	defer func() { HeadlineModel = nil }()
	n := len(headline.Names)
	short, long := make([]float64, n), make([]float64, n)
	short[0], long[0] = 1, 3 // words
	cands := []headline.Candidate{{Block: 1, X: short}, {Block: 2, X: long}}
	for _, c := range []struct {
		words float64
		want  int
	}{{-1, 0}, {1, 1}} {
		w := make([]float64, n)
		w[0] = c.words
		HeadlineModel = &headline.Model{Weights: w}
		if got := bestHeadline(cands, nil); got != c.want {
			t.Errorf("words weight %v: best %d, want %d", c.words, got, c.want)
		}
	}
	HeadlineModel = nil
	if pickHeadlineModel() != &headlineModel {
		t.Error("unset, the built-in model does not rank")
	}
}

// TestTitleModelOverride checks the census's stand-in for the HTML title
// ranker (TitleModel, in the titletrace build only): set, it ranks an HTML
// page's candidates in the built-in ranker's place; unset, the built-in
// ranker is back.
func TestTitleModelOverride(t *testing.T) {
	defer func() { TitleModel = nil }()
	page := []byte(`<html><head><title>Ferry fares: what islanders will pay</title><meta property="og:title" content="Ferry fares: what islanders will pay"></head><body><article><h1>Night ferry to the islands returns after two years</h1>` +
		strings.Repeat(`<p>The night ferry between the harbour and the three outer islands will sail again from the first week of May, the island council said on Tuesday.</p>`, 4) + `</article></body></html>`)
	at := func(name string) int { return slices.Index(titlerank.Names, name) }
	for _, c := range []struct{ feature, want string }{
		{"og", "Ferry fares: what islanders will pay"},
		{"h1", "Night ferry to the islands returns after two years"},
	} {
		w := make([]float64, len(titlerank.Names))
		w[at(c.feature)] = 10
		TitleModel = &headline.Model{Weights: w}
		res, err := HTML(page, "text/html", nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.want {
			t.Errorf("weight on %s: title %q, want %q", c.feature, res.Title, c.want)
		}
	}
	TitleModel = nil
	if pickTitleModel() != &titleModel {
		t.Error("unset, the built-in ranker does not rank")
	}
}

// TestAboveByScore checks the line over the story giving way to the
// headline model's best line (aboveByScore), turned on by the census only
// (TitleOn, titletrace build): with a stand-in model that scores a line
// with a digit far over the line over the story, the model's line is the
// headline; by a margin under aboveMargin, or with the rule not turned on
// (the library's case), the line over the story stays.
func TestAboveByScore(t *testing.T) {
	defer func() { HeadlineModel, TitleOn = nil, nil }()
	const url = "https://example.org/blog/post?id=7"
	over, model := "Planning Ahead for the Cold Months", "Spring Sale 2026 Starts Today"
	for _, c := range []struct {
		on     bool
		digits float64
		want   string
	}{{true, 8, model}, {true, 2, over}, {false, 8, over}} {
		w := make([]float64, len(headline.Names))
		w[6] = c.digits // digits
		HeadlineModel = &headline.Model{Bias: -10, Weights: w}
		TitleOn = map[string]bool{"above-model": c.on}
		if got := genericTitle(t, scoreOfPage, url); got != c.want {
			t.Errorf("on %v, digits weight %v: title %q, want %q", c.on, c.digits, got, c.want)
		}
	}
}
