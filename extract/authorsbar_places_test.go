package extract_test

import "testing"

// Shows: barPeople reads a city (the reporter's bureau) or an outlet's name without an
// organisation's word ("Le Monde", "Al Jazeera", "Rolling Stone") after the bar as a second
// author; before the merge each gave the person before the bar alone.
func TestAuthorsBarPlaceOrOutletAlone(t *testing.T) {
	meta := func(name string) string { return censusDated + `<meta name="author" content="` + name + `">` }
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":{"@type":"Person","name":"` + name + `"}}</script>`
	}
	body := `<article>` + censusH1 + `STORY</article>`
	for _, c := range []authorCase{
		{name: "meta author: the bureau's city after the bar", head: meta("Ann Lee | Los Angeles"), body: body, authors: []string{"Ann Lee"}},
		{name: "meta author: a city of two words", head: meta("Ann Lee | Hong Kong"), body: body, authors: []string{"Ann Lee"}},
		{name: "JSON-LD author: a city with a particle", head: ld("Ann Lee | Rio de Janeiro"), body: body, authors: []string{"Ann Lee"}},
		{name: "parsely-author: a French paper's name", head: censusDated + `<meta name="parsely-author" content="Ann Lee | Le Monde">`, body: body, authors: []string{"Ann Lee"}},
		{name: "JSON-LD author: a broadcaster's name", head: ld("Ann Lee | Al Jazeera"), body: body, authors: []string{"Ann Lee"}},
		{name: "meta author: a magazine's name", head: meta("Ann Lee | Rolling Stone"), body: body, authors: []string{"Ann Lee"}},
		{name: "meta author: a German magazine's name", head: meta("Ann Lee | Der Spiegel"), body: body, authors: []string{"Ann Lee"}},
	} {
		t.Run(c.name, c.run)
	}
}
