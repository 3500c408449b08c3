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

// Two real names headTidy cuts, kept as known gaps by decision: a byline
// that ends in "Last" is far more often a template's "Last updated" that
// clean's reader cut at "updated" than a surname, and a name printed twice
// over is more often an avatar's alt text beside its link ("Colin Gray
// Colin Gray") than a four-part name whose halves repeat. Telling them
// apart needs the markup (the label's element, the two elements), which
// clean's byline reader has and extract does not.
func TestAuthorsHeadTidyRealNamesGaps(t *testing.T) {
	body := func(strip string) string { return `<article>` + censusH1 + strip + `STORY</article>` }
	for _, c := range []authorCase{{
		name:    "a three-word name whose surname is Last",
		body:    body(`<div class="byline">By Mary Ann Last</div>`),
		authors: []string{"Mary Ann Last"},
		gap:     `"Last" read as a cut "Last updated"`,
	}, {
		name:    "a four-part name whose halves repeat, in one element",
		body:    body(`<div class="byline">By Mohamed Ahmed Mohamed Ahmed</div>`),
		authors: []string{"Mohamed Ahmed Mohamed Ahmed"},
		gap:     "read as a name printed twice",
	}} {
		t.Run(c.name, c.run)
	}
}
