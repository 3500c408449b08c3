package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestRevB77YoastSepSection shows that the new site separators (" ⋆ ", " * ", " ¦ ", " || ") cut the site's name but not the page's section before it (withoutSection tries only titleSeps and "_"), where " | " loses both.
func TestRevB77YoastSepSection(t *testing.T) {
	const want = "Footbridge opens between the old town and the station"
	meta := `<meta property="og:site_name" content="Valley Post"><meta property="article:section" content="Local News">`
	for _, sep := range []string{" | ", " ⋆ ", " * ", " ¦ ", " || "} {
		r := siteFormsRow{name: sep, head: `<title>` + want + sep + `Local News` + sep + `Valley Post</title>` + meta, lang: "en"}
		st, ok := labelStory("en")
		if !ok {
			t.Fatal("no English story")
		}
		a, err := extract.HTMLBytes([]byte(siteFormsPage(r, st)), "text/html; charset=utf-8",
			&extract.Options{URL: "https://valleypost.example/local-news/footbridge"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != want {
			t.Errorf("sep %q: title %q, want %q", sep, a.Title, want)
		}
	}
}
