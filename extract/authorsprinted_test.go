package extract_test

import "testing"

// Authors from a printed byline strip that holds more than names: a name
// closed by the strip's full stop, a picture credit's role beside the
// writer; and strips to leave alone (a suffix's or an initial's own dot,
// two writers, a writer named like a role with no one beside him).
func TestAuthorsPrintedStrip(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:      "a byline element's name closed by a full stop, the update after it",
		src:       page(``, h1+`<div class="byline">By Ana Lind. Updated 4 March 2025</div>`),
		published: "2025-03-04", from: "modified", modified: "2025-03-04", // the update's day, as the strip says
		authors: []string{"Ana Lind"},
	}, {
		name:    "a writer's credit and an artist's in one strip: the writer",
		src:     page(``, h1+`<div class="byline">By Ana Lind, Art by Tom Berg</div>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "a writer's credit and a photographer's in a paragraph",
		src:     page(``, h1+`<p class="article-byline">By Ana Lind, Photos by Tom Berg</p>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "a writer's credit and an illustrator's in Spanish",
		src:     page(`<html lang="es">`, `<h1>Mareas en un puerto cerrado</h1><div class="autor">Por Ana Lind, Ilustración de Tom Berg</div>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "the metadata's name closed by a full stop",
		src:     page(`<meta name="author" content="Ana Lind.">`, h1),
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: the metadata's initial",
		src:     page(`<meta name="author" content="Ana T.">`, h1),
		authors: []string{"Ana T."},
	}, {
		name:    "leave alone: a suffix's own dot",
		src:     page(``, h1+`<div class="byline">By Ana Lind and Robert Hale Jr.</div>`),
		authors: []string{"Ana Lind", "Robert Hale Jr."},
	}, {
		name:    "leave alone: two writers",
		src:     page(``, h1+`<div class="byline">By Ana Lind and Tom Berg</div>`),
		authors: []string{"Ana Lind", "Tom Berg"},
	}, {
		name:    "leave alone: a plain byline",
		src:     page(``, h1+`<span class="author-name">Ana Lind</span>`),
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}
