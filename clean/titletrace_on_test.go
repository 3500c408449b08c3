//go:build titletrace

package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
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
