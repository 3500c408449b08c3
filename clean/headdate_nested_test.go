package clean

import (
	"strings"
	"testing"
)

// TestFirstTimeNestedArticle: a <time> in an <article> nested inside the
// page's own (a "More stories" card, a reader's comment) is another
// post's, not the page's first time; the story's own <time> in an inner
// <article> that holds the story still is, and so is a time in the
// page's only article.
func TestFirstTimeNestedArticle(t *testing.T) {
	p := "<p>" + strings.Repeat("The council met on the matter again and the works went on as planned. ", 4) + "</p>"
	story := p + p + p
	card := `<section class="more"><h2>More stories</h2><article class="card"><a href="/b"><h3>Ferry fares to rise</h3></a><time datetime="2025-11-20T09:00:00Z">20 November 2025</time></article></section>`
	for _, c := range []struct {
		name, body, want string
	}{
		{"leave alone: a card's time in a nested article below the story",
			`<article><h1>Works go on</h1>` + story + card + `</article>`, ""},
		{"the story's time after the card's",
			`<article><h1>Works go on</h1>` + story + card + `<p class="foot">Filed <time datetime="2025-12-02T08:00:00Z">2 December 2025</time></p></article>`, "2025-12-02"},
		{"the story's own time in an inner article that holds the story",
			`<article class="page"><article class="post"><h1>Works go on</h1>` + story + `<p class="foot">Filed <time datetime="2025-12-02T08:00:00Z">2 December 2025</time></p></article></article>`, "2025-12-02"},
		{"a time in the page's only article",
			`<article><h1>Works go on</h1>` + story + `<section class="more"><time datetime="2025-11-20T09:00:00Z">20 November 2025</time></section></article>`, "2025-11-20"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!doctype html><html><head><title>Works go on</title></head><body><main>" + c.body + "</main></body></html>"
			res, err := HTML([]byte(page), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.FirstTimeAt); got != c.want {
				t.Errorf("FirstTimeAt %q, want %q", got, c.want)
			}
		})
	}
}
