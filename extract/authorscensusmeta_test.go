package extract_test

import "testing"

// The rarer ways a page's metadata names its author: schema.org's
// creator in JSON-LD, a microdata author item whose name is a property
// of its own, Open Graph's book:author and cXense's analytics tag; and
// what they must not take.
func TestAuthorsCensusMetadataRare(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	article := func(fields string) string {
		return ld(`{"@context":"https://schema.org","@type":"BlogPosting","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02",` + fields + `}`)
	}
	body := `<article>` + censusH1 + `STORY</article>`
	for _, c := range []authorCase{{
		name:    "JSON-LD: a Person as the creator, no author",
		head:    article(`"creator":{"@type":"Person","name":"Jane Holm"}`),
		authors: []string{"Jane Holm"},
	}, {
		name:    "JSON-LD: two creators by @id into the @graph",
		head:    ld(`{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02","creator":[{"@id":"#jane"},{"@id":"#tom"}]},{"@type":"Person","@id":"#jane","name":"Jane Holm"},{"@type":"Person","@id":"#tom","name":"Tom Berg"}]}`),
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "JSON-LD: the author over the creator",
		head:    article(`"author":{"@type":"Person","name":"Jane Holm"},"creator":{"@type":"Person","name":"Tom Berg"}`),
		authors: []string{"Jane Holm"},
	}, {
		name: "JSON-LD: a tool as the creator is no author",
		head: article(`"creator":{"@type":"SoftwareApplication","name":"Quill Press"}`),
	}, {
		name: "JSON-LD: a creator by its name alone, untyped, is no author",
		head: article(`"creator":"Quill Press"`),
	}, {
		name:    "microdata: the name a meta property of the author item",
		head:    censusDated,
		body:    `<article itemscope itemtype="https://schema.org/Article">` + censusH1 + `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Jane Holm"><meta itemprop="url" content="/people/jane-holm"></div>STORY</article>`,
		authors: []string{"Jane Holm"},
	}, {
		name: "microdata: the publisher's name is no author",
		head: censusDated,
		body: `<article itemscope itemtype="https://schema.org/Article">` + censusH1 + `<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Quill Press Group"></div>STORY</article>`,
	}, {
		name: "microdata: a thread's first post's author, not a reply's",
		head: censusDated,
		body: `<div itemscope itemtype="https://schema.org/DiscussionForumPosting">` + censusH1 +
			`<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Mara Quill</span></div><div itemprop="text">STORY</div>` +
			`<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Tom Berg"></div><p itemprop="text">Good news for the ferries at last.</p></div></div>`,
		authors: []string{"Mara Quill"},
	}, {
		name: "microdata: a thread whose opening post is unmarked, its replies Comments: no reply's author",
		head: censusDated,
		body: `<div>` + censusH1 + `<article><div class="poster">Mara Quill</div><div>STORY</div></article>` +
			`<article itemscope itemtype="https://schema.org/Comment"><section itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tom Berg</span></section><p itemprop="text">Good news for the ferries at last.</p></article></div>`,
	}, {
		name:    "microdata: a question's author, not an answer's that comes first",
		head:    censusDated,
		body:    `<div itemscope itemtype="https://schema.org/QAPage">` + censusH1 + `<div itemscope itemtype="https://schema.org/Answer"><div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Tom Berg</span></div></div><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div>STORY</div><div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Mara Quill</span></div></div></div>`,
		authors: []string{"Mara Quill"},
	}, {
		name: "microdata: an author item round the story, its headline no name",
		head: censusDated,
		body: `<article itemprop="author" itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Harbour board to dredge the north channel before the storms</h1>STORY</article>`,
	}, {
		name: "microdata: the administrator's account as the author item's name",
		head: censusDated,
		body: `<article itemscope itemtype="https://schema.org/Article">` + censusH1 + `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="hbadmin"></div>STORY</article>`,
	}, {
		name:    "book:author as a name",
		head:    censusDated + `<meta property="book:author" content="Jane Holm">`,
		authors: []string{"Jane Holm"},
	}, {
		name:    "cXenseParse:author",
		head:    censusDated + `<meta name="cXenseParse:author" content="Jane Holm">`,
		authors: []string{"Jane Holm"},
	}} {
		if c.body == "" {
			c.body = body
		}
		t.Run(c.name, c.run)
	}
}

// A magazine's "Text:" label in another language opens a byline only
// where a person's name follows it.
func TestAuthorsCensusTextLabelTraps(t *testing.T) {
	for _, line := range []string{
		"Texto: artículo quinto del tratado",
		"Texte : la version intégrale du rapport",
		"Tekst: zie hieronder",
	} {
		authorCase{name: line, head: censusDated, body: `<article>` + censusH1 + `<p>` + line + `</p>STORY</article>`}.run(t)
	}
}
