package extract_test

import "testing"

// A metadata name whose bar parts two people's names gives each person;
// a bar before the site's name, an outlet's or a role's still cuts the
// name to the person before it, in each publishing system's metadata.
func TestAuthorsBarPeople(t *testing.T) {
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":{"@type":"Person","name":"` + name + `"}}</script>`
	}
	meta := func(name string) string { return censusDated + `<meta name="author" content="` + name + `">` }
	body := `<article>` + censusH1 + `STORY</article>`
	for _, c := range []authorCase{{
		name:    "meta author: two people parted by a bar, both in the byline near the title",
		head:    meta("Ann Lee | Bo Kim"),
		body:    `<article>` + censusH1 + `<div class="byline">By Ann Lee and Bo Kim</div>STORY</article>`,
		authors: []string{"Ann Lee", "Bo Kim"},
	}, {
		name:    "meta author: a second name after the bar that no other source gives may be an outlet's",
		head:    meta("Ann Lee | Bo Kim"),
		body:    body,
		authors: []string{"Ann Lee"},
	}, {
		name:    "JSON-LD author: three people parted by bars",
		head:    ld("Ann Lee | Bo Kim | Cy Dunn"),
		body:    body,
		authors: []string{"Ann Lee", "Bo Kim", "Cy Dunn"},
	}, {
		name:    "parsely-author: two people, then the paper's name",
		head:    censusDated + `<meta name="parsely-author" content="Ann Lee | Bo Kim | Harbour Times">`,
		body:    `<article>` + censusH1 + `<div class="byline">By Ann Lee and Bo Kim</div>STORY</article>`,
		authors: []string{"Ann Lee", "Bo Kim"},
	}, {
		name:    "leave alone: the paper's name after the bar",
		head:    meta("Ann Lee | Harbour Times"),
		body:    body,
		authors: []string{"Ann Lee"},
	}, {
		name:    "leave alone: the site's name the host spells, without an organisation's word",
		url:     "https://www.quayside-harbour.example/2025/06/dredge",
		head:    meta("Ann Lee | Quayside Harbour"),
		body:    body,
		authors: []string{"Ann Lee"},
	}, {
		name:    "leave alone: another outlet's name after the bar",
		head:    ld("Ann Lee | Coastal Media Group"),
		body:    body,
		authors: []string{"Ann Lee"},
	}, {
		name:    "leave alone: a role after the bar",
		head:    meta("Ann Lee | Senior Editor"),
		body:    body,
		authors: []string{"Ann Lee"},
	}} {
		t.Run(c.name, c.run)
	}
}
