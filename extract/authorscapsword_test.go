package extract_test

import "testing"

// A word alone in capitals in the byline strip is a menu's label, no
// author; a person's name in capitals stays.
func TestAuthorsHeadCapsWord(t *testing.T) {
	body := func(strip string) string { return `<article>` + censusH1 + strip + `STORY</article>` }
	for _, c := range []authorCase{{
		name: "a menu's label in the element marked as the byline",
		body: body(`<div class="byline">SECTIONS</div>`),
	}, {
		name: "a menu's link in the author's element",
		body: body(`<div class="author"><a href="/sections">SECTIONS</a></div>`),
	}, {
		name:    "leave alone: a person's name in capitals",
		body:    body(`<div class="byline">By JANE HOLM</div>`),
		authors: []string{"Jane Holm"},
	}} {
		t.Run(c.name, c.run)
	}
}
