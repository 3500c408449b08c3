package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTeaserPanelOwnClasses: a panel of teasers inside the story's
// <article> signs no byline of the story's, but the story's <article>
// naming a category "recommended" (WordPress's post classes) does not
// make the author box under the story a teasers' panel.
func TestTeaserPanelOwnClasses(t *testing.T) {
	card := `<footer class="entry-footer"><div class="author-info"><h4 class="author-title">Author</h4><p class="author-name">Rosalind Quayle</p></div></footer>`
	bio := `<aside class="author-bio"><p>Rosalind Quayle</p><p>Senior Reporter</p></aside>`
	posted := `<footer class="post-footer"><p>Posted by Rosalind Quayle at 8:00 AM</p></footer>`
	teasers := `<aside class="related-posts"><h3>More stories</h3><div class="card"><a href="/x">Tram fares to rise</a><span>Written by Percival Nash</span></div></aside>`
	const recommended = "post type-post status-publish category-recommended"
	for _, c := range []struct {
		name, articleClass, tail string
		want                     []string
	}{
		{"author card, post of the category recommended", recommended, card, []string{"Rosalind Quayle"}},
		{"author bio, post of the category recommended", recommended, bio, []string{"Rosalind Quayle"}},
		{"post footer, post of the category recommended", recommended, posted, []string{"Rosalind Quayle"}},
		{"author card, a plain post", "post type-post", card, []string{"Rosalind Quayle"}},
		{"teasers' panel in the post", "post type-post", teasers, nil},
		{"teasers' panel in a post of the category recommended", recommended, teasers, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := panelPageAuthors(t, c.articleClass, c.tail); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// panelPageAuthors returns the authors extract reads from an invented post
// whose <article> has the class articleClass and ends with the markup tail
// under the census story.
func panelPageAuthors(t *testing.T, articleClass, tail string) []string {
	t.Helper()
	src := []byte(`<!doctype html><html lang="en"><head><title>Harbour board to rebuild the ferry pier | Coast News</title></head><body>` +
		`<nav><a href="/">Home</a> <a href="/local">Local</a></nav><article class="` + articleClass + `"><h1>Harbour board to rebuild the ferry pier</h1>` +
		censusStory + tail + `</article><footer><p>© 2026 Coast News</p></footer></body></html>`)
	a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a.Authors
}
