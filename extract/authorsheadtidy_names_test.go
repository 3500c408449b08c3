package extract_test

import "testing"

// A name in capitals written without spaces ("K.V.PRASAD": initials run
// into the surname; "O'NEILL") is a person's, not a menu's word in
// capitals: the byline near the title gives it whole.
func TestAuthorsHeadCapsNameWithMarks(t *testing.T) {
	body := func(strip string) string { return `<article>` + censusH1 + strip + `STORY</article>` }
	for _, c := range []authorCase{{
		name:    "initials run into a surname, in capitals",
		body:    body(`<div class="byline">By K.V.PRASAD</div>`),
		authors: []string{"K.V.PRASAD"},
	}, {
		name:    "a surname with an apostrophe, in capitals",
		body:    body(`<div class="byline">By O'NEILL</div>`),
		authors: []string{"O'NEILL"},
	}} {
		t.Run(c.name, c.run)
	}
}
