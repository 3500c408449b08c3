package extract_test

import "testing"

// Names that name nobody are no authors: a publishing tool's placeholder,
// a site's administrator account, a role without a name, the credits of
// the site's making; and a reviewer is no author under a byline that gave
// the site's own name.
func TestAuthorsNobody(t *testing.T) {
	h1 := `<h1>Tides in a closed harbour</h1>`
	for _, c := range []struct{ name, url, head, top string }{
		{"a tool's placeholder in the metadata", "https://www.tidewatch.example/blog/tides",
			`<meta name="author" content="undefined"><meta property="og:site_name" content="Tidewatch">`, h1},
		{"an administrator's account in the metadata", "https://www.tidewatch.example/blog/tides",
			`<meta name="author" content="NOC Admin">`, h1},
		{"a webmaster's account in the social card", "https://www.tidewatch.example/blog/tides",
			`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Site Webmaster">`, h1},
		{"a role alone where the name should be", "https://www.tidewatch.example/blog/tides",
			``, h1 + `<div class="post-author">Staff Writer</div>`},
		{"a label with its colon", "https://www.tidewatch.example/blog/tides",
			``, h1 + `<div class="post-author">Contact: Ana Lind</div>`},
		{"the credit of the site's making", "https://www.tidewatch.example/blog/tides",
			``, h1 + `<p>Powered by Verbosa</p>`},
	} {
		t.Run(c.name, func(t *testing.T) { noAuthor(t, c.url, page(c.head, c.top)) })
	}
	for _, c := range []headCase{{
		name:    "a reviewer under a byline that gives the site's own name",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(`<meta property="og:site_name" content="PipeWorks"><meta property="article:published_time" content="2024-08-25">`, `<h1>Choosing a pipe</h1><p>Written by PipeWorks</p><p>Reviewed by Ana Lind</p>`),
		authors: []string{"PipeWorks"}, published: "2024-08-25", from: "meta",
	}, {
		name:    "leave alone: a reviewer credited alone",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(`<meta property="og:site_name" content="PipeWorks">`, `<h1>Choosing a pipe</h1><p>Reviewed by Ana Lind</p>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "a desk's byline keeps its collective word",
		url:     "https://www.example.com/money/what-are-taxes",
		src:     page(`<meta property="og:site_name" content="Example Bank">`, `<h1>What are taxes?</h1><p>By The Ledger editors</p>`),
		authors: []string{"The Ledger editors"},
	}, {
		name:    "leave alone: a role after a person's name is no part of it",
		url:     "https://www.example.com/money/what-are-taxes",
		src:     page(``, `<h1>What are taxes?</h1><p>By Ana Lind staff</p>`),
		authors: []string{"Ana Lind"},
	}} {
		t.Run(c.name, c.run)
	}
}

// The site's own organisation as the author where its metadata names it
// by the name the site's address spells, a handle or a name with digits.
func TestOwnOrgAuthorByAddress(t *testing.T) {
	dated := `<meta property="article:published_time" content="2024-08-25">`
	h1 := `<h1>Choosing a pipe</h1>`
	for _, c := range []headCase{{
		name:    "the address's name as the metadata's author",
		url:     "https://www.pipeworks.example/blog/choosing-a-pipe",
		src:     page(dated+`<meta property="og:site_name" content="Copper Pipe Supplies"><meta name="author" content="pipeworks">`, h1),
		authors: []string{"pipeworks"}, published: "2024-08-25", from: "meta",
	}, {
		name:    "the site's name with digits",
		url:     "https://www.98pipes.example/blog/choosing-a-pipe",
		src:     page(dated+`<meta property="og:site_name" content="98 Pipes"><meta name="author" content="98 Pipes">`, h1),
		authors: []string{"98 Pipes"}, published: "2024-08-25", from: "meta",
	}} {
		t.Run(c.name, c.run)
	}
	t.Run("leave alone: an undated page", func(t *testing.T) {
		noAuthor(t, "https://www.pipeworks.example/shop/copper-pipe", page(`<meta name="author" content="pipeworks">`, `<h1>Copper pipe, 15 mm</h1>`))
	})
}

// A name alone under the headline is the byline when the page says who
// that is in a note about a writer; a heading explained under it is not.
func TestAuthorByBio(t *testing.T) {
	bio := `<p>Mira Castell is a freelance travel writer and the editor of a guide to small hotels in Portugal.</p>`
	for _, c := range []headCase{{
		name:    "the name under the headline, the writer's note under the story",
		url:     "https://www.example.com/blog/hotel-hacks",
		src:     page(``, `<h1>Ten hotel hacks</h1><p>Mira Castell</p>`+story+bio),
		authors: []string{"Mira Castell"},
	}, {
		name:    "a name marked as the author's, then the site's name after a slash",
		url:     "https://houseofferns.example/guides/low-light",
		src:     page(`<meta property="og:site_name" content="House of Ferns">`, `<h1>Low light ferns</h1><p class="post-author__name">Laura / House of Ferns</p>`),
		authors: []string{"Laura"},
	}} {
		t.Run(c.name, c.run)
	}
	t.Run("leave alone: a heading over a paragraph that explains it", func(t *testing.T) {
		noAuthor(t, "https://www.example.com/blog/leave-policies", page(``, `<h1>Leave policies</h1>`+story+
			`<h2>Unlimited Leave</h2><p>Unlimited Leave is a policy where employees can take time off as needed, within reason.</p>`))
	})
	t.Run("leave alone: a name under the headline with no note", func(t *testing.T) {
		noAuthor(t, "https://www.example.com/blog/hotel-hacks", page(``, `<h1>Ten hotel hacks</h1><p>Mira Castell</p>`+story))
	})
}

// More places that name the author: the story's microdata, a forename by
// the date line with the writer's note below, a column's title as the
// byline.
func TestAuthorsMoreSources(t *testing.T) {
	for _, c := range []headCase{{
		name:    "a microdata author in the story",
		url:     "https://www.example.com/blog/slow-travel",
		src:     page(``, `<h1>Slow travel on a budget</h1><meta itemprop="author" content="Kristen">`),
		authors: []string{"Kristen"},
	}, {
		name: "a forename by the date line, the writer's note below the story",
		url:  "https://www.example.com/blog/podcast-gear",
		src: page(`<meta name="author" content="Example Team">`, `<h1>Podcast gear for beginners</h1><div>Stefan</div><div>March 5, 2026</div>`+story+
			`<p>Stefan is the founder of Example. A content creator at heart who builds small apps.</p>`),
		authors: []string{"Stefan"}, published: "2026-03-05", from: "date-line",
	}, {
		name:    "a column's title as the marked byline",
		url:     "https://www.example.com/news/vegan-diet",
		src:     page(``, `<h1>Go vegan slowly</h1><div>By <span itemprop="author">Ask the Doctors</span></div>`),
		authors: []string{"Ask the Doctors"},
	}} {
		t.Run(c.name, c.run)
	}
	t.Run("leave alone: a firm's one-word name by the date line, explained below", func(t *testing.T) {
		noAuthor(t, "https://www.example.com/blog/passwords", page(``, `<h1>Password hygiene</h1><div>Passwork</div><div>March 5, 2026</div>`+story+
			`<p>Passwork is an enterprise-grade password manager for teams of every size.</p>`))
	})
}

// Authors of a paper's page and of a site named after its owner and its
// subject.
func TestAuthorsListAndOwner(t *testing.T) {
	for _, c := range []headCase{{
		name: "names without By next to the date line",
		url:  "https://papers.example/article/3261/bottlenecks",
		src: page(``, `<h1>The bottleneck method</h1><p>Noa Tishman, Fern C. Pereira and Wim Bialik</p><p>24 Apr 2000 • 3 min read</p>`+
			`<p>Bottlenecks in the flow of information are studied here as a problem of compression with a relevance measure, in three steps.</p>`),
		authors: []string{"Noa Tishman", "Fern C. Pereira", "Wim Bialik"}, published: "2000-04-24", from: "date-line",
	}, {
		name:    "the owner's name, then the site's subject",
		url:     "https://www.anabergstrom.com/best-yoga-mat/",
		src:     page(`<meta property="og:site_name" content="Ana Bergstrom Yoga"><meta name="author" content="Ana">`, `<h1>The best yoga mat</h1><p>I tried twelve mats this year; three of them stayed put through a whole yoga class.</p>`),
		authors: []string{"Ana Bergstrom"},
	}} {
		t.Run(c.name, c.run)
	}
	t.Run("a label of authors in the plural-or-not form over a list", func(t *testing.T) {
		c := headCase{
			url:     "https://www.example.org/document/lessons-for-climate",
			src:     page(``, `<h1>Lessons for climate policy</h1><h6>Author(s)</h6><ul><li><a href="/library/?_author=Jon%20A.%20Alix">Jon A. Alix</a></li><li><a href="/library/?_author=Dan%20C.%20Mowry">Dan C. Mowry</a></li></ul>`),
			authors: []string{"Jon A. Alix", "Dan C. Mowry"}, // each item of the list, as the label credits them all
		}
		c.run(t)
	})
	t.Run("leave alone: a line of tags next to the date line", func(t *testing.T) {
		noAuthor(t, "https://papers.example/article/3262/nets", page(``, `<h1>Nets that learn</h1><p>Deep Learning, Neural Networks</p><p>24 Apr 2000</p>`+
			`<p>Deep learning with neural networks is studied here as a problem of compression, and the networks learn in three steps.</p>`))
	})
	t.Run("leave alone: a garden whose address spells its first two words", func(t *testing.T) {
		noAuthor(t, "https://www.northbotanic.org/blog/ferns", page(`<meta property="og:site_name" content="North Botanic Garden">`, `<h1>Ferns in winter</h1>`))
	})
	t.Run("leave alone: a firm whose name's word the page writes in lower case", func(t *testing.T) {
		noAuthor(t, "https://www.harbourlights.com/blog/mats", page(`<meta property="og:site_name" content="Harbour Lights Yoga">`,
			`<h1>Choosing a mat</h1><p>Our harbour studio lights up at dawn for the first class of the day, and the mats are ready.</p>`))
	})
}
