package extract_test

import "testing"

// A company's own post that names no person, whose metadata or byline
// gives the company as the author, has the company as its author; an
// undated page (a shop's) has none, and a news outlet a rule knows never
// has its own name as an author.
func TestOwnOrgAuthor(t *testing.T) {
	for _, c := range []headCase{{
		name:    "meta author is the site's name",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(`<meta property="og:site_name" content="PipeWorks"><meta name="author" content="PipeWorks"><meta property="article:published_time" content="2024-08-25">`, `<h1>Choosing a pipe</h1>`),
		title:   "Choosing a pipe",
		authors: []string{"PipeWorks"}, published: "2024-08-25", from: "meta",
	}, {
		name:    "JSON-LD Organization author",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(`<meta property="og:site_name" content="PipeWorks"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Choosing a pipe","datePublished":"2024-08-25","author":{"@type":"Organization","name":"PipeWorks"}}</script>`, `<h1>Choosing a pipe</h1>`),
		title:   "Choosing a pipe",
		authors: []string{"PipeWorks"}, published: "2024-08-25", from: "json-ld",
	}, {
		name:    "the site's name over the date line by the title",
		url:     "https://shop.whp.example/guides/choosing-a-pipe",
		src:     page(`<meta property="og:site_name" content="West Harbour Pipes">`, `<h1>Choosing a pipe</h1><div>West Harbour Pipes</div><div>August 25, 2024</div>`),
		title:   "Choosing a pipe",
		authors: []string{"West Harbour Pipes"}, published: "2024-08-25", from: "date-line",
	}, {
		name:    "a person in the byline comes first",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(`<meta property="og:site_name" content="PipeWorks"><meta name="author" content="PipeWorks">`, `<h1>Choosing a pipe</h1><p>By Ana Lind</p>`),
		title:   "Choosing a pipe",
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
	t.Run("leave alone: an undated page", func(t *testing.T) {
		noAuthor(t, "https://www.pipeworks.example/shop/copper-pipe", page(`<meta property="og:site_name" content="PipeWorks"><meta name="author" content="PipeWorks">`, `<h1>Copper pipe, 15 mm</h1>`))
	})
	t.Run("leave alone: a news outlet a rule knows", func(t *testing.T) {
		noAuthor(t, "https://apa.az/politics/talks-resume-123", page(`<meta property="og:site_name" content="APA"><meta name="author" content="APA">`, `<h1>Talks resume in the capital</h1><p>By APA</p>`))
	})
}
