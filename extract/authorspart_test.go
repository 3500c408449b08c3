package extract_test

import "testing"

// A byline strip whose name and date sit in elements of their own, glued
// into one block ("Ana Lind- 2024/8/25"), gives the name of the element
// marked as the author's; a list of teasers, each signed the same way,
// gives none.
func TestAuthorsMarkedPart(t *testing.T) {
	const meta = `<meta property="og:site_name" content="PipeWorks"><meta property="article:published_time" content="2024-08-25">`
	for _, c := range []headCase{{
		name:    "a person's name beside the date",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(meta, `<h1>Choosing a pipe</h1><div class="top-author"><figure class="top-author-icon"></figure><span class="top-author-name">Ana Lind</span><time class="top-author-time" datetime="2024-08-25">- 2024/8/25</time></div>`),
		title:   "Choosing a pipe",
		authors: []string{"Ana Lind"}, published: "2024-08-25", from: "meta",
	}, {
		name:    "the strip itself marked, the site's own name in it",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(meta, `<h1>Choosing a pipe</h1><div class="top-author"><figure class="top-author-icon"></figure><span class="top-author-name">PipeWorks</span><time class="top-author-time" datetime="2024-08-25">- 2024/8/25</time></div>`),
		title:   "Choosing a pipe",
		authors: []string{"PipeWorks"}, published: "2024-08-25", from: "meta",
	}} {
		t.Run(c.name, c.run)
	}
	t.Run("leave alone: teasers signed alike", func(t *testing.T) {
		tease := `<div class="tease"><p>Pipe prices rise again as copper climbs.</p><div class="tease-strip"><span class="tease-author">PipeWorks</span><time>- 2024/8/2</time></div></div>`
		noAuthor(t, "https://www.pipeworks.example/blog/", page(meta, `<h1>Pipe news</h1>`+tease+tease+tease))
	})
	t.Run("leave alone: a contact's name in the strip", func(t *testing.T) {
		noAuthor(t, "https://www.pipeworks.example/blog/choosing-a-pipe", page(meta, `<h1>Choosing a pipe</h1><div class="strip"><span>Contact: <a class="strip-author" href="/staff/ana-lind">Ana Lind</a></span> <time>2024/8/25</time></div>`))
	})
	t.Run("leave alone: more than a strip beside the name", func(t *testing.T) {
		noAuthor(t, "https://www.pipeworks.example/blog/choosing-a-pipe", page(meta, `<h1>Choosing a pipe</h1><div><span class="author-name">PipeWorks</span> has sold copper pipe to the trade since 1962</div>`))
	})
}
