package extract_test

import "testing"

// After one person's name, an "&" between two people whose surnames are
// trades' nouns ("Tom Baker & Eva Miller") parts them as it parts any two
// people; a role's halves that end as doers' nouns stay one credit.
func TestAuthorsAmpersandTradeSurnames(t *testing.T) {
	meta := func(name string) string { return censusDated + `<meta name="author" content="` + name + `">` }
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":{"@type":"Person","name":"` + name + `"}}</script>`
	}
	body := `<article>` + censusH1 + `STORY</article>`
	for _, c := range []authorCase{{
		name:    "meta author: English trade surnames",
		head:    meta("Ana Lind, Tom Baker &amp; Eva Miller"),
		body:    body,
		authors: []string{"Ana Lind", "Tom Baker", "Eva Miller"},
	}, {
		name:    "JSON-LD author: German trade surnames",
		head:    ld("Ana Lind, Jonas Fischer & Lea Wagner"),
		body:    body,
		authors: []string{"Ana Lind", "Jonas Fischer", "Lea Wagner"},
	}, {
		name:    "meta author: one trade surname, one other",
		head:    meta("Ana Lind, Tom Walker &amp; Eva Moss"),
		body:    body,
		authors: []string{"Ana Lind", "Tom Walker", "Eva Moss"},
	}, {
		name:    "leave alone: a role's halves ending as doers' nouns",
		head:    meta("Ana Lind, Food Stylist &amp; Recipe Tester"),
		body:    body,
		authors: []string{"Ana Lind"},
	}, {
		name:    "leave alone: a trade's role beside a maker's",
		head:    meta("Ana Lind, Bread Baker &amp; Cake Maker"),
		body:    body,
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}
