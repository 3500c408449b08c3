package extract_test

import "testing"

// Authors from a metadata name that lists people with a last "&": after
// a second person's name it is a list's; after the first name alone it
// stays a role's ("Jane Roe, Master Gardener & Garden Educator": no shape
// tells "Tom Berg & Eva Moss" from it, and the byline prints the same).
func TestAuthorsAmpersandList(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:    "four people, the last two joined by an ampersand",
		src:     page(`<meta name="author" content="Ana Lind, Tom Berg, Eva Moss &amp; Per Dahl">`, h1),
		authors: []string{"Ana Lind", "Tom Berg", "Eva Moss", "Per Dahl"},
	}, {
		name:    "three people, the last two joined by \"and\"",
		src:     page(`<meta name="author" content="Ana Lind, Tom Berg and Eva Moss">`, h1),
		authors: []string{"Ana Lind", "Tom Berg", "Eva Moss"},
	}, {
		name:    "leave alone: a person and a role's halves, no byline",
		src:     page(`<meta name="author" content="Ana Lind, Master Gardener &amp; Garden Educator">`, h1),
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: a person and a role's halves, the byline printing the same",
		src:     page(`<meta name="author" content="Ana Lind, Master Gardener &amp; Garden Educator">`, h1+`<div class="byline">By Ana Lind, Master Gardener &amp; Garden Educator</div>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: a person and her job's title with an ampersand, in a list",
		src:     page(`<meta name="author" content="Ana Lind, DVM, Editor &amp; Publisher">`, h1),
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}
