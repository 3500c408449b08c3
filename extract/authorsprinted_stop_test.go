package extract_test

import "testing"

// A strip's or the metadata's closing stop after a two-letter surname
// (Li, Wu, Xu, Ho, Ng) is the strip's, not the name's; a suffix keeps its dot.
func TestAuthorsPrintedStopShortSurname(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:      "a byline's two-letter surname closed by the strip's stop",
		src:       page(``, h1+`<div class="byline">By Tom Wu. Updated 4 March 2025</div>`),
		published: "2025-03-04", from: "modified", modified: "2025-03-04",
		authors: []string{"Tom Wu"},
	}, {
		name:    "the metadata's two-letter surname closed by a stop",
		src:     page(`<meta name="author" content="Wei Li.">`, h1),
		authors: []string{"Wei Li"},
	}, {
		name:    "leave alone: a suffix's own dot",
		src:     page(``, h1+`<div class="byline">By Robert Hale Jr.</div>`),
		authors: []string{"Robert Hale Jr."},
	}} {
		t.Run(c.name, c.run)
	}
}
