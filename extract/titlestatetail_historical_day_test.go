package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTitleKeepsHistoricalDay: a <title> ending in a day decades before
// the page's own (published 2025-03-14) keeps it: dayDatePart cuts only
// the day the page is dated by (a reviewer's case, revB77).
func TestTitleKeepsHistoricalDay(t *testing.T) {
	head := `<meta property="og:site_name" content="Valley Post"><meta property="article:published_time" content="2025-03-14T09:00:00Z">`
	for _, title := range []string{
		"The storm that took the old footbridge - 16 October 1987",
		"The landings our town remembers - 6 June 1944",
		"Where we were that morning - September 11, 2001",
	} {
		r := siteFormsRow{name: title, head: `<title>` + title + ` | Valley Post</title>` + head, lang: "en"}
		st, ok := labelStory("en")
		if !ok {
			t.Fatal("no English story")
		}
		a, err := extract.HTMLBytes([]byte(siteFormsPage(r, st)), "text/html; charset=utf-8",
			&extract.Options{URL: "https://valleypost.example/news/2025/03/14/footbridge"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != title {
			t.Errorf("title %q, want %q", a.Title, title)
		}
	}
}
