package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// An HTML page that prints its date only in the strip under the story
// ("June 9, 2020 · 6 Comments") takes it as the publish date; strips of
// other posts, comments and the page's footer are not the story's.
func TestEntryStripDate(t *testing.T) {
	para := "<p>" + strings.Repeat("We sanded the old dresser down to bare wood and gave it two coats of oil before the new handles went on. ", 3) + "</p>"
	page := func(below string) string {
		return "<html><head><title>Refinishing a dresser</title></head><body><main><article><h1>Refinishing a dresser</h1>" +
			para + para + para + "<p>Thanks for reading along!</p>" + below + "</article></main><footer><p>All rights reserved</p></footer></body></html>"
	}
	for _, c := range []struct {
		name, below, want string
	}{
		{"the date and comment count under the story",
			`<div class="entry-meta">June 9, 2020 · 6 Comments</div>`, "2020-06-09"},
		{"tags over the date and categories, one block",
			`<div class="post-meta">Tags: dressers, oil<br>Monday, June 8th, 2020 at 11:00 am | Categories: Furniture</div>`, "2020-06-08"},
		{"leave alone: two posts' strips on other days",
			`<div class="entry-meta">June 9, 2020 · 6 Comments</div><div class="entry-meta">May 2, 2020 · 3 Comments</div>`, ""},
		{"leave alone: a comment's strip",
			`<div class="comment-meta">June 9, 2020 · 2 Responses</div>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes([]byte(page(c.below)), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; got != c.want {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.want)
			}
		})
	}
}
