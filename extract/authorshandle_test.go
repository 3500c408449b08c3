package extract_test

import "testing"

// A social account's handle in the metadata ("@janeholm") is no author:
// the byline's name wins over it, the name the JSON-LD author's profile
// address spells where the page prints it, and with neither the page has
// no author. An account name without its "@" is left alone (forums and
// blogs print them as bylines), and so is a person's name beside a handle.
func TestAuthorsAtHandle(t *testing.T) {
	h1 := `<h1>Ferry timetable changes for winter</h1>`
	url := "https://news.harbourmedia.example/local/ferry-timetable"
	site := `<meta property="og:site_name" content="Valley Gazette">`
	t.Run("a handle in the author meta, no byline", func(t *testing.T) {
		noAuthor(t, url, page(site+`<meta name="author" content="@janeholm">`, h1))
	})
	t.Run("a handle as the JSON-LD author's name, no profile", func(t *testing.T) {
		noAuthor(t, url, page(site+`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable changes for winter","author":{"@type":"Person","name":"@janeholm"}}</script>`, h1))
	})
	for _, c := range []headCase{{
		name:    "a handle in the author meta under a byline's name",
		url:     url,
		src:     page(site+`<meta name="author" content="@janeholm">`, h1+`<p class="byline">By Jane Holm</p>`),
		authors: []string{"Jane Holm"},
	}, {
		name: "a handle as the JSON-LD author's name, its profile spelling a printed name",
		url:  url,
		src: page(site+`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable changes for winter","author":{"@type":"Person","name":"@janeholm","url":"https://news.harbourmedia.example/author/jane-holm/"}}</script>`,
			h1+`<p>Jane Holm covers transport for the Gazette.</p>`),
		authors: []string{"Jane Holm"},
	}, {
		name:    "leave alone: a person's name beside a handle",
		url:     url,
		src:     page(site+`<meta name="author" content="@janeholm"><meta name="author" content="Jane Holm">`, h1),
		authors: []string{"Jane Holm"},
	}, {
		name:    "leave alone: an account name without its @",
		url:     url,
		src:     page(site+`<meta name="author" content="janeholm">`, h1),
		authors: []string{"janeholm"},
	}} {
		t.Run(c.name, c.run)
	}
}
