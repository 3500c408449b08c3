package extract_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/extract"
)

// authorStory is a story long enough to be found as one, for the
// census's pages.
const authorStory = `<p>The harbour board agreed on Monday to dredge the north channel before the autumn storms, after two ferries ran aground there in the spring.</p>
<p>Work will start next month and take about six weeks, the board said, with the channel closed to larger boats on weekdays while the dredger is at work.</p>
<p>Fishermen who use the channel said they welcomed the decision but worried about the closures, which fall in the busiest weeks of the mackerel season.</p>`

// authorPage builds an HTML page of a publishing system's template: head
// is the <head>'s content, body the <body>'s, with authorStory where body
// says STORY.
func authorPage(head, body string) []byte {
	return []byte("<!doctype html><html lang=en><head><title>Harbour board to dredge the north channel</title>" + head +
		"</head><body><header><a href=/>Harbour Times</a><nav><a href=/news>News</a> <a href=/sport>Sport</a></nav></header>" +
		strings.Replace(body, "STORY", authorStory, 1) + "<footer>© 2025 Harbour Times Ltd</footer></body></html>")
}

// authorCase is a page of the census with the authors it must give (none
// for a trap).
type authorCase struct {
	name, url, head, body string
	authors               []string
	// gap, when set, says why the case is read wrong today: the test
	// fails when it reads right, so that the gap is dropped.
	gap string
}

func (c authorCase) run(t *testing.T) {
	t.Helper()
	url := c.url
	if url == "" {
		url = "https://www.harbourtimes.example/news/2025/06/harbour-board-dredge"
	}
	a, err := extract.HTMLBytes(authorPage(c.head, c.body), "text/html; charset=utf-8", &extract.Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	diff := cmp.Diff(c.authors, a.Authors)
	switch {
	case c.gap != "" && diff == "":
		t.Errorf("a known gap now reads right: drop its gap (%s)", c.gap)
	case c.gap != "":
		t.Logf("known gap (%s): authors (-want +got):\n%s", c.gap, diff)
	case diff != "":
		t.Errorf("authors (-want +got):\n%s", diff)
	}
}

const (
	censusH1    = `<h1>Harbour board to dredge the north channel</h1>`
	censusDated = `<meta property="article:published_time" content="2025-06-02T08:00:00Z">`
)

// How the common publishing systems print the author, each in its
// template's markup.
func TestAuthorsCensusSystems(t *testing.T) {
	for _, c := range []authorCase{{
		name:    "WordPress: entry-meta, author vcard, url fn n",
		head:    censusDated,
		body:    `<article><header class="entry-header"><h1 class="entry-title">Harbour board to dredge the north channel</h1><div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/jane-holm/">Jane Holm</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2025-06-02T08:00:00+00:00">June 2, 2025</time></span></div></header><div class="entry-content">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "WordPress: byline word outside the vcard",
		head:    censusDated,
		body:    `<article><h1 class="entry-title">Harbour board to dredge the north channel</h1><div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jholm/">Jane Holm</a></span></span></div><div class="entry-content">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Genesis: entry-author with itemprop name",
		head:    censusDated,
		body:    `<article class="entry"><header class="entry-header"><h1 class="entry-title" itemprop="headline">Harbour board to dredge the north channel</h1><p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2025-06-02T08:00:00+00:00">June 2, 2025</time> by <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/author/jholm/" class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">Jane Holm</span></a></span></p></header><div class="entry-content">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Astra: posted-by vcard with author-name",
		head:    censusDated,
		body:    `<article><h1 class="entry-title">Harbour board to dredge the north channel</h1><div class="entry-meta"><span class="posted-on">June 2, 2025</span> / By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="View all posts by Jane Holm" href="/author/jholm/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Jane Holm</span></a></span></div><div class="entry-content">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "a rel=author link alone",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="meta"><a href="/author/jane-holm/" rel="author">Jane Holm</a> · June 2, 2025</div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "WordPress: Posted by, linked to the author's archive",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="post-info">Posted by <a href="/author/jholm/">Jane Holm</a> on June 2, 2025</div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Blogger: Posted by under the post",
		head:    ``,
		body:    `<div class="post hentry"><h3 class="post-title entry-title">Harbour board to dredge the north channel</h3><div class="post-body entry-content">STORY</div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0123" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Jane Holm</span></a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2025/06/harbour.html" rel="bookmark"><abbr class="published" itemprop="datePublished" title="2025-06-02T08:00:00-07:00">8:00 AM</abbr></a></span></div></div></div>`,
		url:     "https://harbourtides.blogspot.com/2025/06/harbour.html",
		authors: []string{"Jane Holm"},
	}, {
		name:    "Ghost: author list over the byline meta",
		head:    censusDated,
		body:    `<article class="article post"><header class="article-header"><h1 class="article-title">Harbour board to dredge the north channel</h1><div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img class="author-profile-image" src="/content/images/jane.jpg" alt="Jane Holm"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Holm</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-06-02">Jun 2, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></section></div></header><section class="gh-content">STORY</section></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Ghost: two authors, each an /author/ link",
		head:    censusDated,
		body:    `<article class="article post"><header class="article-header"><h1 class="article-title">Harbour board to dredge the north channel</h1><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Holm</a>, <a href="/author/tom/">Tom Berg</a></h4><time datetime="2025-06-02">Jun 2, 2025</time></div></header><section class="gh-content">STORY</section></article>`,
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "Substack: the byline's profile link",
		head:    censusDated,
		url:     "https://harbourletters.substack.com/p/harbour-board-dredge",
		body:    `<article class="post"><div class="post-header"><h1 class="post-title">Harbour board to dredge the north channel</h1><h3 class="subtitle">The ferries ran aground twice this spring</h3><div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.com/@janeholm" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Jane Holm</a></div><div class="pencraft">Jun 02, 2025</div></div></div><div class="available-content"><div class="body markup">STORY</div></div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Medium: data-testid authorName",
		head:    censusDated,
		url:     "https://medium.com/harbour-notes/harbour-board-dredge-1a2b3c",
		body:    `<article><div><h1 data-testid="storyTitle" class="pw-post-title">Harbour board to dredge the north channel</h1><div class="speechify-ignore"><div><a data-testid="authorName" href="/@janeholm?source=post_page">Jane Holm</a></div><div><span data-testid="storyReadTime">3 min read</span> · <span data-testid="storyPublishDate">Jun 2, 2025</span></div></div>STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Drupal: Submitted by, field--name-uid",
		head:    censusDated,
		body:    `<article class="node node--type-article"><h1 class="page-title"><span class="field field--name-title">Harbour board to dredge the north channel</span></h1><div class="node__meta"><span>Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name" datatype="">Jane Holm</span></span> on <span class="field field--name-created field--type-created field--label-hidden">Mon, 06/02/2025 - 08:00</span></span></div><div class="node__content"><div class="field field--name-body">STORY</div></div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Drupal 7: field-name-field-author with its label",
		head:    censusDated,
		body:    `<div class="node node-article">` + censusH1 + `<div class="field field-name-field-author field-type-text field-label-inline clearfix"><div class="field-label">Author:&nbsp;</div><div class="field-items"><div class="field-item even">Jane Holm</div></div></div><div class="field field-name-body">STORY</div></div>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Joomla: createdby, itemprop author with a nested name",
		head:    ``,
		body:    `<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Harbour board to dredge the north channel</h2></div><dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">Jane Holm</span></dd><dd class="published"><time datetime="2025-06-02T08:00:00+00:00" itemprop="datePublished">Published: 02 June 2025</time></dd></dl><div itemprop="articleBody">STORY</div></div>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Arc XP: byline names, two people",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="byline"><span class="ts-byline__by">By</span> <span class="ts-byline__names"><a class="byline-name" href="/people/jane-holm/">Jane Holm</a> and <a class="byline-name" href="/people/tom-berg/">Tom Berg</a></span></div>STORY</article>`,
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "Brightspot: ArticlePage-authorName",
		head:    censusDated,
		body:    `<article class="ArticlePage">` + censusH1 + `<div class="ArticlePage-authors"><div class="ArticlePage-authorBy">By</div> <div class="ArticlePage-authorName" itemprop="author"><a class="Link" href="/people/jane-holm">Jane Holm</a></div></div><div class="RichTextArticleBody">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "a data-component byline with the role after the name",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div data-component="byline"><span>By</span> <a href="/by/jane-holm">Jane Holm</a><span>, Staff Writer</span></div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "an author-name span beside the date",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="article-meta"><span class="author-name">Jane Holm</span> <time datetime="2025-06-02">June 2, 2025</time></div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "an address with a rel=author link",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<address class="author">By <a rel="author" href="/author/jane-holm">Jane Holm</a></address>STORY</article>`,
		authors: []string{"Jane Holm"},
	}} {
		t.Run(c.name, c.run)
	}
}

// How the page's metadata names the author: JSON-LD in its shapes, the
// meta tags of the common plugins.
func TestAuthorsCensusMetadata(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	body := `<article>` + censusH1 + `STORY</article>`
	for _, c := range []authorCase{{
		name:    "JSON-LD: the author as a string",
		head:    ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":"Jane Holm"}`),
		authors: []string{"Jane Holm"},
	}, {
		name:    "JSON-LD: two Persons in an array",
		head:    ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":[{"@type":"Person","name":"Jane Holm","url":"/people/jane-holm"},{"@type":"Person","name":"Tom Berg"}]}`),
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "JSON-LD: a Person by @id into the @graph (Yoast)",
		head:    ld(`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.harbourtimes.example/news/2025/06/harbour-board-dredge#article","isPartOf":{"@id":"https://www.harbourtimes.example/news/2025/06/harbour-board-dredge"},"author":{"name":"Jane Holm","@id":"https://www.harbourtimes.example/#/schema/person/4f1c"},"headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02T08:00:00+00:00","publisher":{"@id":"https://www.harbourtimes.example/#organization"}},{"@type":"Organization","@id":"https://www.harbourtimes.example/#organization","name":"Harbour Times"},{"@type":"Person","@id":"https://www.harbourtimes.example/#/schema/person/4f1c","name":"Jane Holm","url":"https://www.harbourtimes.example/author/jholm/"}]}`),
		authors: []string{"Jane Holm"},
	}, {
		name:    "JSON-LD: a Person only by @id, named in the @graph",
		head:    ld(`{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"#article","author":{"@id":"https://www.harbourtimes.example/#/schema/person/4f1c"},"headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02T08:00:00+00:00"},{"@type":"Person","@id":"https://www.harbourtimes.example/#/schema/person/4f1c","name":"Jane Holm"}]}`),
		authors: []string{"Jane Holm"},
	}, {
		name:    "JSON-LD: an Organization as the author, a person printed in the byline",
		head:    ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":{"@type":"Organization","name":"Harbour Times"}}`),
		body:    `<article>` + censusH1 + `<p class="byline">By Jane Holm</p>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "article:author as a name",
		head:    censusDated + `<meta property="article:author" content="Jane Holm">`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "article:author as a profile's address, the name printed in the byline",
		head:    censusDated + `<meta property="article:author" content="https://www.facebook.com/janeholm">`,
		body:    `<article>` + censusH1 + `<p class="byline">By Jane Holm</p>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "parsely-author",
		head:    censusDated + `<meta name="parsely-author" content="Jane Holm">`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "sailthru.author",
		head:    censusDated + `<meta name="sailthru.author" content="Jane Holm">`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "dc.creator",
		head:    censusDated + `<meta name="DC.creator" content="Jane Holm">`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "the social card's Written by label",
		head:    censusDated + `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Holm"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">`,
		authors: []string{"Jane Holm"},
	}} {
		if c.body == "" {
			c.body = body
		}
		t.Run(c.name, c.run)
	}
}

// Bylines printed in the world's languages, in the page's markup.
func TestAuthorsCensusWorld(t *testing.T) {
	for _, c := range []struct{ lang, byline, want string }{
		{"es", "Por Lucía Martín", "Lucía Martín"},
		{"fr", "Par Camille Dubois", "Camille Dubois"},
		{"it", "Di Marco Bellini", "Marco Bellini"},
		{"de", "Von Jonas Keller", "Jonas Keller"},
		{"nl", "Door Sanne Visser", "Sanne Visser"},
		{"sv", "Av Erik Lund", "Erik Lund"},
		{"pl", "Autor: Anna Nowak", "Anna Nowak"},
		{"tr", "Yazar: Ayşe Demir", "Ayşe Demir"},
		{"ru", "Автор: Иван Петров", "Иван Петров"},
		{"ru", "Текст: Мария Соколова", "Мария Соколова"},
		{"el", "Κείμενο: Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"},
		{"zh", "作者：王小明", "王小明"},
		{"ko", "김민지 기자", "김민지"},
		{"zh", "文／李华", "李华"},
		{"ar", "بقلم: أحمد علي", "أحمد علي"},
		{"ar", "كتبت: سارة محمود", "سارة محمود"},
		{"he", "מאת: דנה לוי", "דנה לוי"},
		{"hi", "लेखक: राहुल शर्मा", "राहुल शर्मा"},
		{"vi", "Tác giả: Nguyễn Văn An", "Nguyễn Văn An"},
		{"fr", "Par Jean-Luc Martin", "Jean-Luc Martin"},
		{"nl", "Door Pieter van der Berg", "Pieter van der Berg"},
		{"da", "Af Mette Nielsen", "Mette Nielsen"},
		{"fi", "Kirjoittaja: Matti Virtanen", "Matti Virtanen"},
		{"cs", "Autor: Jan Novák", "Jan Novák"},
		{"de", "Autorin: Lena Braun", "Lena Braun"},
		{"fr", "Auteur : Claire Fabre", "Claire Fabre"},
		{"fr", "Auteure\u00a0: Claire Fabre", "Claire Fabre"},
		{"fr", "Texte\u202f: Claire Fabre", "Claire Fabre"},
		{"es", "Texto: Lucía Martín", "Lucía Martín"},
		{"pt", "Texto: João Pereira", "João Pereira"},
		{"it", "Testo: Marco Bellini", "Marco Bellini"},
		{"nl", "Tekst: Sanne Visser", "Sanne Visser"},
		{"no", "Tekst: Ingrid Berg", "Ingrid Berg"},
		{"fi", "Teksti: Matti Virtanen", "Matti Virtanen"},
	} {
		t.Run(c.lang+" "+c.byline, func(t *testing.T) {
			authorCase{head: censusDated, body: `<article>` + censusH1 + `<div class="byline">` + c.byline + `</div>STORY</article>`, authors: []string{c.want}}.run(t)
			authorCase{head: censusDated, body: `<article>` + censusH1 + `<p>` + c.byline + `</p>STORY</article>`, authors: []string{c.want}}.run(t)
		})
	}
}

// Traps: names and phrases near the story that name no author of it.
func TestAuthorsCensusTraps(t *testing.T) {
	byline := `<p class="byline">By Jane Holm</p>`
	for _, c := range []authorCase{{
		name: "a news outlet's own name as the byline",
		url:  "https://armenianweekly.com/2025/06/02/harbour-board-dredge/",
		head: censusDated + `<meta property="og:site_name" content="The Armenian Weekly">`,
		body: `<article>` + censusH1 + `<p class="byline">By The Armenian Weekly</p>STORY</article>`,
	}, {
		name: "a news outlet's own name signing the story",
		url:  "https://armenianweekly.com/2025/06/02/harbour-board-dredge/",
		head: censusDated + `<meta property="og:site_name" content="The Armenian Weekly">`,
		body: `<article>` + censusH1 + `STORY<p>By The Armenian Weekly</p></article>`,
	}, {
		name:    "Staff", // a paper's staff credit is the author as printed (clean's staffCredits; train's gold: "Staff")
		body:    `<article>` + censusH1 + `<p class="byline">By Staff</p>STORY</article>`,
		authors: []string{"Staff"},
	}, {
		name: "Admin",
		body: `<article>` + censusH1 + `<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div>STORY</article>`,
	}, {
		name: "the photographer",
		body: `<article>` + censusH1 + `<figure><img src="/dredger.jpg" alt="A dredger"><figcaption>The dredger at work. Photo by Tom Berg</figcaption></figure>STORY</article>`,
	}, {
		name:    "the photographer beside the byline",
		body:    `<article>` + censusH1 + byline + `<figure><img src="/dredger.jpg" alt="A dredger"><figcaption>The dredger at work. Photo: Tom Berg</figcaption></figure>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "a commenter",
		body: `<article>` + censusH1 + `STORY</article><div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-author vcard"><cite class="fn">Tom Berg</cite> <span class="says">says:</span></div><div class="comment-content"><p>About time the channel was dredged.</p></div></li></ol></div>`,
	}, {
		name: "the author of a related story in the sidebar",
		body: `<article>` + censusH1 + `STORY</article><aside class="related"><h2>More from Harbour Times</h2><article><h3><a href="/news/ferry-timetable">Ferry timetable changes for summer</a></h3><span class="byline">By Tom Berg</span></article></aside>`,
	}, {
		name:    "a related story's author beside the story's own",
		body:    `<article>` + censusH1 + byline + `STORY</article><aside class="related"><h2>More from Harbour Times</h2><article><h3><a href="/news/ferry-timetable">Ferry timetable changes for summer</a></h3><span class="byline">By Tom Berg</span></article></aside>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "By clicking a form's button",
		body: `<article>` + censusH1 + `STORY</article><form class="newsletter"><p>By clicking Sign Up you agree to our Terms and Privacy Policy.</p><button>Sign Up</button></form>`,
	}, {
		name: "By the time in the story's first line",
		body: `<article>` + censusH1 + `<p>By the time the dredger arrives, the mackerel will have gone.</p>STORY</article>`,
	}, {
		name: "a list of tags",
		body: `<article>` + censusH1 + `STORY<div class="tags">Tags: <a href="/tag/harbour">Harbour</a> <a href="/tag/ferries">Ferries</a> <a href="/tag/north-channel">North Channel</a></div></article>`,
	}, {
		name: "the editor of a newsletter box",
		body: `<article>` + censusH1 + `STORY</article><div class="newsletter-promo"><h3>The Morning Tide</h3><p>Written by Tom Berg, every weekday.</p><a href="/newsletters">Sign up</a></div>`,
	}} {
		t.Run(c.name, c.run)
	}
}

// How the big outlets' and the hosted platforms' templates print the
// author.
func TestAuthorsCensusOutlets(t *testing.T) {
	for _, c := range []authorCase{{
		name:    "Squarespace: blog-author-name",
		head:    censusDated,
		body:    `<article class="BlogItem hentry">` + censusH1 + `<div class="blog-item-meta"><span class="blog-author-name"><a href="/blog?author=5f1c">Jane Holm</a></span> <time class="blog-date">6/2/25</time></div><div class="blog-item-content">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "HubSpot: blog-post__author-name",
		head:    censusDated,
		body:    `<article class="blog-post">` + censusH1 + `<div class="blog-post__meta"><a class="blog-post__author-name" href="/blog/author/jane-holm">Jane Holm</a><time class="blog-post__timestamp">June 2, 2025</time></div><div class="blog-post__body">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "Shopify: article__author",
		head: censusDated,
		body: `<article class="article">` + censusH1 + `<span class="article__date">June 2, 2025</span>
<span class="article__author">by Jane Holm</span><div class="article__content rte">STORY</div></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "data-testid byline-name",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div data-testid="byline"><span data-testid="byline-name">Jane Holm</span><span data-testid="byline-role">Environment reporter</span></div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "itemprop author creator with a nested name",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<p class="byline">By <span itemprop="author creator" itemscope itemtype="http://schema.org/Person"><a href="/by/jane-holm" itemprop="url"><span itemprop="name">Jane Holm</span></a></span> and <span itemprop="author creator" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Tom Berg</span></span></p>STORY</article>`,
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "data-qa author-name",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="byline"><span>By </span><a data-qa="author-name" href="/people/jane-holm/">Jane Holm</a></div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "byline__name with the role under it",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="byline"><span class="byline__by">By </span><span class="byline__name">Jane Holm</span>, <span class="byline__title">CNN</span></div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "the byl meta tag",
		head:    censusDated + `<meta name="byl" content="By Jane Holm and Tom Berg">`,
		body:    `<article>` + censusH1 + `STORY</article>`,
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "an author link with the paper's name after a comma",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="author-name"><a href="/author/jane-holm/">Jane Holm</a>, Harbour Times</div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "an author box under the story",
		head:    censusDated,
		body:    `<article>` + censusH1 + `STORY<footer class="entry-footer"><div class="author-box"><h4 class="author-title">About Jane Holm</h4><p class="author-description">Jane Holm is the paper's harbour reporter. She has covered the fleet since 2019.</p></div></footer></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "a byline over the headline, a kicker between",
		head:    censusDated,
		body:    `<article><div class="kicker">Harbour</div><div class="byline">By Jane Holm</div>` + censusH1 + `STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "a byline with the date glued after a pipe",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<p class="meta">By Jane Holm | June 2, 2025</p>STORY</article>`,
		authors: []string{"Jane Holm"},
	}} {
		t.Run(c.name, c.run)
	}
}

// More traps: names that sit by the story and wrote none of it.
func TestAuthorsCensusMoreTraps(t *testing.T) {
	for _, c := range []authorCase{{
		name: "a quoted expert's name under the headline",
		body: `<article>` + censusH1 + `<p class="standfirst">Harbourmaster Tom Berg says the work is overdue</p>STORY</article>`,
	}, {
		name: "a section's name in the author's slot",
		body: `<article>` + censusH1 + `<div class="byline"><a href="/section/local-news">Local News</a></div>STORY</article>`,
	}, {
		name: "the editor's letter box of a newsletter under the story",
		body: `<article>` + censusH1 + `STORY</article><div class="newsletter"><p>Edited by Tom Berg</p><p>Get the Harbour Briefing in your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div>`,
	}, {
		name: "an illustrator's credit",
		body: `<article>` + censusH1 + `<p>Illustration by Tom Berg</p>STORY</article>`,
	}, {
		name:    "the photographer's byline beside the writer's",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<p class="byline">Words by Jane Holm. Photographs by Tom Berg</p>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "a translator's credit after the writer's",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<p class="byline">By Jane Holm. Translated by Tom Berg</p>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "the most-read list's bylines under the story",
		body: `<article>` + censusH1 + `STORY</article><section class="most-read"><h2>Most read</h2><div class="card"><a href="/news/a">Ferries cancelled as gales hit</a><span class="byline">By Tom Berg</span></div><div class="card"><a href="/news/b">Fish market to move</a><span class="byline">By Ann Lee</span></div></section>`,
	}, {
		name: "Sponsored by a firm",
		body: `<article>` + censusH1 + `<p class="sponsor">Sponsored by Tidewater Marine</p>STORY</article>`,
	}, {
		name: "a reader's letter's signature in a comments box",
		body: `<article>` + censusH1 + `STORY</article><section class="comments"><h3>2 comments</h3><div class="comment"><p class="comment-meta">Tom Berg on June 3, 2025</p><p>The channel needed this.</p></div></section>`,
	}} {
		t.Run(c.name, c.run)
	}
}

// More of the census: the same systems' other themes, and metadata in
// its rarer shapes.
func TestAuthorsCensusThemes(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	for _, c := range []authorCase{{
		name:    "WordPress Twenty Twenty-One: the byline in the entry's footer",
		head:    censusDated,
		body:    `<article class="post type-post hentry"><header class="entry-header">` + censusH1 + `</header><div class="entry-content">STORY</div><footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2025-06-02T08:00:00+00:00">June 2, 2025</time></span><span class="byline">By <a href="/author/jholm/" rel="author">Jane Holm</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/harbour/" rel="category tag">Harbour</a></span></div></footer></article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "Blogger Contempo: the author label in the post's header",
		url:     "https://harbourtides.blogspot.com/2025/06/harbour.html",
		body:    `<div class="post-outer"><div class="post"><h3 class="post-title entry-title">Harbour board to dredge the north channel</h3><div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="post-author-label">By</span> <span class="fn"><meta content="https://www.blogger.com/profile/0123" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Jane Holm</span></a></span></span> <span class="byline post-timestamp"><meta content="https://harbourtides.blogspot.com/2025/06/harbour.html" itemprop="url"><a class="timestamp-link" href="/2025/06/harbour.html" rel="bookmark"><time class="published" datetime="2025-06-02T08:00:00-07:00" title="2025-06-02T08:00:00-07:00">June 02, 2025</time></a></span></div></div><div class="post-body entry-content float-container">STORY</div></div></div>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "leave alone: a sidebar's heading over the story, not the page's title, with a teaser's byline",
		url:  "https://harbourtides.blogspot.com/2025/06/harbour.html",
		body: `<div class="sidebar"><h3 class="widget-title">Ferries cancelled as gales hit the coast</h3><div class="widget-meta">By Tom Berg</div></div><div class="post-outer"><div class="post"><div class="post-body entry-content">STORY</div></div></div>`,
	}, {
		name:    "JSON-LD: authors as an array of strings",
		head:    ld(`{"@context":"https://schema.org","@type":"BlogPosting","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":["Jane Holm","Tom Berg"]}`),
		body:    `<article>` + censusH1 + `STORY</article>`,
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "JSON-LD: the name with its byline word",
		head:    ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","author":{"@type":"Person","name":"By Jane Holm"}}`),
		body:    `<article>` + censusH1 + `STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "article:author as a profile's address alone",
		head: censusDated + `<meta property="article:author" content="https://www.facebook.com/harbourtimes">`,
		body: `<article>` + censusH1 + `STORY</article>`,
	}, {
		name: "JSON-LD: the administrator's account as the author",
		head: ld(`{"@context":"https://schema.org","@graph":[{"@type":"Article","author":{"name":"admin","@id":"https://www.harbourtimes.example/#/schema/person/1"},"headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02"},{"@type":"Person","@id":"https://www.harbourtimes.example/#/schema/person/1","name":"admin"}]}`),
		body: `<article>` + censusH1 + `STORY</article>`,
	}, {
		name:    "the metadata's name with the paper's after a bar",
		head:    censusDated + `<meta name="author" content="Jane Holm | Harbour Times">`,
		body:    `<article>` + censusH1 + `STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "a byline in a list item of the header's meta",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<ul class="post-meta"><li class="post-author">by <a href="/author/jholm/">Jane Holm</a></li><li class="post-date">June 2, 2025</li><li class="post-comments"><a href="#comments">3 Comments</a></li></ul>STORY</article>`,
		authors: []string{"Jane Holm"},
	}} {
		t.Run(c.name, c.run)
	}
}
