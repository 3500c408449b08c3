package main

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestArticleKeep checks the over-keeping figures on invented articles:
// an output that differs from its gold only between words is exact; one
// that differs in a word's case is near but not exact; a share line kept
// under a long story is neither exact nor near when it costs more than a
// hundredth of the words, and near when it does not; a page that is not
// an article is left out.
func TestArticleKeep(t *testing.T) {
	story := "The harbour board approved the new ferry timetable on Tuesday, adding two evening crossings from March. "
	long := strings.Repeat(story, 30) // 480 words: four more are under a hundredth
	pages := []*wcxb.Page{
		{ID: "same", Type: wcxb.Article, Main: "Ferries return.\nThe board met — at last."},
		{ID: "case", Type: wcxb.Article, Main: "Ferries return to the island."},
		{ID: "share", Type: wcxb.Article, Main: story},
		{ID: "long", Type: wcxb.Article, Main: long},
		{ID: "list", Type: wcxb.Listing, Main: "Ferries"},
	}
	bodies := []string{
		"Ferries return. The board met, at last!",
		"ferries return to the island",
		story + "\nShare on Facebook",
		long + "\nShare this on Facebook",
		"Ferries",
	}
	scores := make([]wcxb.PageScore, len(pages))
	for k, p := range pages {
		scores[k] = wcxb.ScorePage(p, bodies[k])
	}
	got := articleKeep(pages, bodies, scores)
	// articles: same (exact, near), case (near), share (neither), long (near)
	if want := (keepFigures{Exact: 1.0 / 4, Near: 3.0 / 4}); got != want {
		t.Errorf("articleKeep = %+v, want %+v", got, want)
	}
	if f := articleKeep(nil, nil, nil); f != (keepFigures{}) {
		t.Errorf("no pages: %+v, want zeros", f)
	}
}
