package extract_test

import "testing"

// Authors where the metadata's name is weak: a handle, a list of credits.
func TestAuthorsWeakMeta(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:    "a one-word handle in the metadata loses to the byline's full name",
		src:     page(`<meta name="author" content="KatieS">`, h1+`<p>By Ana Lind</p>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: a first name alone in the metadata is no handle",
		src:     page(`<meta name="author" content="Sarah">`, h1+`<p>By Sarah Lind</p>`),
		authors: []string{"Sarah"},
	}, {
		name:    "a list of credits in the metadata is no name",
		src:     page(`<meta name="author" content="text: Tom Berg, photos: Eva Holm">`, h1+`<p>By Ana Lind</p>`),
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}
