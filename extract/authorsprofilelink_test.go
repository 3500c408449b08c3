package extract_test

import "testing"

// A lone link to a writer's profile page under the headline gives the
// author only when the page's address spells the name it prints, and not
// under a line that labels it (a reviewer's).
func TestAuthorsProfileLink(t *testing.T) {
	for _, c := range []authorCase{{
		name:    "a /people/ link whose address spells the name",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="meta"><a href="/people/jane-holm">Jane Holm</a></div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "a /profile/ link whose address is a number",
		head: censusDated,
		body: `<article>` + censusH1 + `<div class="meta"><a href="/profile/48213">Jane Holm</a></div>STORY</article>`,
	}, {
		name: "a /people/ link under a reviewer's label",
		head: censusDated,
		body: `<article>` + censusH1 + `<div class="meta"><p>Fact checked by:</p><p><a href="/people/jane-holm">Jane Holm</a></p></div>STORY</article>`,
	}} {
		t.Run(c.name, c.run)
	}
}
