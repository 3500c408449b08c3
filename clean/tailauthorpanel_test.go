package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// A story's own panel is a footer or an aside inside its <article> or
// <main>; a teaser's <article> inside an aside is another story's, and a
// post's footer may be named by its classes alone.
func TestStoryPanels(t *testing.T) {
	for _, c := range []struct {
		path string
		want bool
	}{
		{"body>main>article>footer>p", true},
		{"body>div>article>aside>div", true},
		{"body>main>aside>div", true},
		{"body>aside>article>span", false}, // a related story's teaser
		{"body>footer>article>p", false},
		{"body>div>footer>p", false},
		{"body>div>div>p", false},
	} {
		if got := panelInStory(c.path); got != c.want {
			t.Errorf("panelInStory(%q) = %v, want %v", c.path, got, c.want)
		}
	}
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"post", "hentry", "post", "footer", "line"}, true},
		{[]string{"entry", "meta"}, true},
		{[]string{"site", "footer"}, false},
		{[]string{"post", "widget", "footer"}, false},
		{[]string{"related", "post", "meta"}, false},
		{[]string{"post", "body"}, false},
	} {
		if got := postFooter(htmldoc.Block{Words: c.words}); got != c.want {
			t.Errorf("postFooter(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}
