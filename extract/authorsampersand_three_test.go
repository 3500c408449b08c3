package extract_test

import "testing"

// A metadata list of three people whose last two an "&" joins ("Ann Lee,
// Bo Kim & Cy Dunn") gives each, as the printed byline of the same does.
func TestAuthorsAmpersandThreePeople(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []headCase{{
		name:    "three people, the last two joined by an ampersand",
		src:     page(`<meta name="author" content="Ann Lee, Bo Kim &amp; Cy Dunn">`, h1),
		authors: []string{"Ann Lee", "Bo Kim", "Cy Dunn"},
	}, {
		name:    "article:author style, three people",
		src:     page(`<meta name="parsely-author" content="Ana Lind, Tom Berg &amp; Eva Moss">`, h1),
		authors: []string{"Ana Lind", "Tom Berg", "Eva Moss"},
	}} {
		t.Run(c.name, c.run)
	}
}
