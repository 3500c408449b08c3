package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The author shapes earlier censuses lack, written blind: JSON-LD authors
// as @id references into an @graph, author arrays that mix people with
// organisations, a placeholder author beside a printed byline; rel=author
// links, <address class="author">, microdata and hCard cards; bylines
// with a desk or a wire after the names; credits for an update, an edit,
// a fact check, a review or the photographs, which name no author; an
// opinion column's and a Medium-like card's byline; bylines in Cyrillic,
// Arabic, Chinese, Japanese, Korean and Devanagari; and an author page's
// "More from" link.
func TestAuthorsCensusShapes(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	article := func(fields string) string {
		return ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02T08:00:00Z",` + fields + `}`)
	}
	graph := func(nodes string) string {
		return ld(`{"@context":"https://schema.org","@graph":[` + nodes + `]}`)
	}
	const graphArticle = `{"@type":"Article","@id":"https://www.harbourtimes.example/news/2025/06/harbour-board-dredge#article","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02T08:00:00Z",`
	const outletNode = `{"@type":"Organization","@id":"https://www.harbourtimes.example/#organization","name":"Harbour Times","url":"https://www.harbourtimes.example/"}`
	withByline := func(line string) string {
		return `<article>` + censusH1 + `<div class="article-meta">` + line + `</div>STORY</article>`
	}
	cases := []authorCase{{
		name:    "JSON-LD: author an @id reference to a Person later in the @graph",
		head:    graph(graphArticle + `"author":{"@id":"https://www.harbourtimes.example/#/schema/person/4f1c"},"publisher":{"@id":"https://www.harbourtimes.example/#organization"}},` + outletNode + `,{"@type":"Person","@id":"https://www.harbourtimes.example/#/schema/person/4f1c","name":"Solveig Aune","url":"https://www.harbourtimes.example/author/saune/"}`),
		authors: []string{"Solveig Aune"},
	}, {
		name:    "JSON-LD: the Person node before the Article that refers to it",
		head:    graph(`{"@type":"Person","@id":"#writer-88","name":"Caspian Rowe"},` + graphArticle + `"author":{"@id":"#writer-88"}}`),
		authors: []string{"Caspian Rowe"},
	}, {
		name:    "JSON-LD: two authors by @id",
		head:    graph(graphArticle + `"author":[{"@id":"#p1"},{"@id":"#p2"}]},{"@type":"Person","@id":"#p1","name":"Solveig Aune"},{"@type":"Person","@id":"#p2","name":"Caspian Rowe"}`),
		authors: []string{"Solveig Aune", "Caspian Rowe"},
	}, {
		// Written blind as no author; CONTRIBUTING.md's contract and
		// extract's ownOrgAuthor take the site's own organisation its
		// metadata names the author on a dated page no outlet rule knows.
		name:    "JSON-LD: author an @id reference to the outlet's Organization",
		head:    graph(graphArticle + `"author":{"@id":"https://www.harbourtimes.example/#organization"}},` + outletNode),
		authors: []string{"Harbour Times"},
	}, {
		name:    "JSON-LD: an author array of a Person and the outlet",
		head:    article(`"author":[{"@type":"Person","name":"Solveig Aune"},{"@type":"Organization","name":"Harbour Times"}]`),
		authors: []string{"Solveig Aune"},
	}, {
		name:    "JSON-LD: an author array of the outlet first, then a Person",
		head:    article(`"author":[{"@type":"NewsMediaOrganization","name":"Harbour Times"},{"@type":"Person","name":"Caspian Rowe"}]`),
		authors: []string{"Caspian Rowe"},
	}, {
		name:    "JSON-LD: a placeholder Staff author beside a printed byline",
		head:    article(`"author":{"@type":"Person","name":"Staff"}`),
		body:    withByline(`<span class="byline">By Marguerite Lenoir</span>`),
		authors: []string{"Marguerite Lenoir"},
	}, {
		// Written blind as no author; the contract keeps a staff credit
		// as printed where nothing else names a writer (WCXB's gold does).
		name:    "JSON-LD: a placeholder Staff author alone",
		head:    article(`"author":{"@type":"Person","name":"Staff"}`),
		authors: []string{"Staff"},
	}, {
		name:    "JSON-LD: the outlet as the author, a person on the byline",
		head:    article(`"author":{"@type":"Organization","name":"Harbour Times"}`),
		body:    withByline(`<span class="byline">By Marguerite Lenoir</span>`),
		authors: []string{"Marguerite Lenoir"},
	}, {
		name:    "JSON-LD: a doctor's title kept",
		head:    article(`"author":{"@type":"Person","name":"Dr. Lena Okafor"}`),
		authors: []string{"Dr. Lena Okafor"},
	}, {
		name:    "rel=author link in the meta row, no By",
		head:    censusDated,
		body:    withByline(`<a rel="author" href="/staff/marit-olsen">Marit Olsen</a> <time datetime="2025-06-02">2 June 2025</time>`),
		authors: []string{"Marit Olsen"},
	}, {
		name: "rel=author link whose text is About the author",
		head: censusDated,
		body: withByline(`<a rel="author" href="/about/">About the author</a>`),
	}, {
		name:    "address class=author with a By and a link",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<address class="author">By <a rel="author" href="/author/kwame-mensah">Kwame Mensah</a></address>STORY</article>`,
		authors: []string{"Kwame Mensah"},
	}, {
		name:    "address class=author, the name alone",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<address class="author">Kwame Mensah</address>STORY</article>`,
		authors: []string{"Kwame Mensah"},
	}, {
		name: "address in the foot holding the street",
		head: censusDated,
		body: `<article>` + censusH1 + `STORY</article><address>14 Quay Street, Harbourton HT1 4QS</address>`,
	}, {
		name:    "microdata author with a job title beside the name",
		head:    censusDated,
		body:    `<article itemscope itemtype="https://schema.org/NewsArticle">` + censusH1 + `<p><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/people/ines-carvalho"><span itemprop="name">Ines Carvalho</span></a>, <span itemprop="jobTitle">Health Correspondent</span></span></p>STORY</article>`,
		authors: []string{"Ines Carvalho"},
	}, {
		name:    "microdata: two author items",
		head:    censusDated,
		body:    `<article itemscope itemtype="https://schema.org/NewsArticle">` + censusH1 + `<p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ines Carvalho</span></span> and <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tobiah Marsh</span></span></p>STORY</article>`,
		authors: []string{"Ines Carvalho", "Tobiah Marsh"},
	}, {
		// Written blind as no author; the contract keeps a newsroom's
		// desk printed as the byline where nothing else names a writer.
		name:    "microdata: an Organization as the author item",
		head:    censusDated,
		body:    `<article itemscope itemtype="https://schema.org/NewsArticle">` + censusH1 + `<div itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Harbour Times Newsroom</span></div>STORY</article>`,
		authors: []string{"Harbour Times Newsroom"},
	}, {
		name:    "hCard: author vcard with fn and a role",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<div class="author vcard"><span class="fn">Olu Adeyemi</span> <span class="role">Senior Reporter</span></div>STORY</article>`,
		authors: []string{"Olu Adeyemi"},
	}, {
		name: "hCard: the publisher's card in the foot",
		head: censusDated,
		body: `<article>` + censusH1 + `STORY</article><div class="vcard"><span class="fn org">Harbour Times Ltd</span> <span class="adr">14 Quay Street</span></div>`,
	}, {
		name:    "byline: two names and Staff Writers",
		head:    censusDated,
		body:    withByline(`<p class="byline">By Rosalind Achterberg and Emeka Obi, Staff Writers</p>`),
		authors: []string{"Rosalind Achterberg", "Emeka Obi"},
	}, {
		name:    "byline: a name and The Associated Press",
		head:    censusDated,
		body:    withByline(`<p class="byline">By Rosalind Achterberg, The Associated Press</p>`),
		authors: []string{"Rosalind Achterberg"},
	}, {
		name:    "byline: two names and Associated Press",
		head:    censusDated,
		body:    withByline(`<p class="byline">By Rosalind Achterberg and Emeka Obi, Associated Press</p>`),
		authors: []string{"Rosalind Achterberg", "Emeka Obi"},
	}, {
		name:    "byline: the writer, then Updated by an editor",
		head:    censusDated,
		body:    withByline(`<span class="byline">By Rosalind Achterberg</span> · <span class="updated">Updated by Pieter Vos</span>`),
		authors: []string{"Rosalind Achterberg"},
	}, {
		name: "byline: Updated by alone",
		head: censusDated,
		body: withByline(`<span class="updated">Updated by Pieter Vos on June 3, 2025</span>`),
	}, {
		name:    "byline: Written by, then Edited by after a bar",
		head:    censusDated,
		body:    withByline(`<p>Written by Rosalind Achterberg | Edited by Pieter Vos</p>`),
		authors: []string{"Rosalind Achterberg"},
	}, {
		name: "byline: Edited by alone",
		head: censusDated,
		body: withByline(`<p class="editor">Edited by Pieter Vos</p>`),
	}, {
		name:    "byline: Written by, and Fact-checked by on a line of its own",
		head:    censusDated,
		body:    withByline(`<p class="author">Written by Rosalind Achterberg</p><p class="fact-check">Fact-checked by Pieter Vos</p>`),
		authors: []string{"Rosalind Achterberg"},
	}, {
		// Written blind as no author; the contract keeps a reviewer's
		// credit alone, and a fact check is one of the reviewers' verbs
		// (clean's reviewerVerbs), as a health site's "Medically reviewed
		// by" is.
		name:    "byline: Fact-checked by alone",
		head:    censusDated,
		body:    withByline(`<p class="fact-check">Fact-checked by Pieter Vos</p>`),
		authors: []string{"Pieter Vos"},
	}, {
		name:    "byline: Medically reviewed by a doctor, then Written by",
		head:    censusDated,
		body:    withByline(`<p>Medically reviewed by Hana Sato, MD — Written by Leif Andersen on June 2, 2025</p>`),
		authors: []string{"Leif Andersen"},
	}, {
		name:    "byline: Words by, Photos by",
		head:    censusDated,
		body:    withByline(`<p class="byline">Words by Rosalind Achterberg · Photos by Pieter Vos</p>`),
		authors: []string{"Rosalind Achterberg"},
	}, {
		name:    "byline: Opinion by",
		head:    censusDated,
		url:     "https://www.harbourtimes.example/opinion/2025/06/dredge-the-channel",
		body:    withByline(`<p class="byline">Opinion by Marguerite Lenoir</p>`),
		authors: []string{"Marguerite Lenoir"},
	}, {
		name:    "byline: Guest essay by",
		head:    censusDated,
		url:     "https://www.harbourtimes.example/opinion/2025/06/dredge-the-channel",
		body:    withByline(`<p class="byline">Guest essay by Marguerite Lenoir</p>`),
		authors: []string{"Marguerite Lenoir"},
	}, {
		name:    "Medium-like card: the name, Follow, minutes to read",
		head:    censusDated,
		url:     "https://medium.example/@nfarouk/dredging-the-north-channel-3be19c2a7d41",
		body:    `<article>` + censusH1 + `<div class="pw-author"><div><a href="/@nfarouk" rel="noopener"><p>Nadia Farouk</p></a></div><div><button>Follow</button></div></div><div><span data-testid="storyReadTime">5 min read</span><span>·</span><span data-testid="storyPublishDate">Jun 2, 2025</span></div>STORY</article>`,
		authors: []string{"Nadia Farouk"},
	}, {
		name:    "Medium-like card flattened into one line",
		head:    censusDated,
		url:     "https://medium.example/@nfarouk/dredging-the-north-channel-3be19c2a7d41",
		body:    withByline(`<span><a href="/@nfarouk">Nadia Farouk</a> Follow 5 min read · Jun 2, 2025</span>`),
		authors: []string{"Nadia Farouk"},
	}, {
		name:    "Cyrillic: Автор: before the name",
		head:    censusDated,
		body:    withByline(`<div class="byline">Автор: Ольга Смирнова</div>`),
		authors: []string{"Ольга Смирнова"},
	}, {
		name:    "Cyrillic: a JSON-LD Person",
		head:    article(`"author":{"@type":"Person","name":"Иван Петров"}`),
		authors: []string{"Иван Петров"},
	}, {
		name:    "Arabic: بقلم before the name",
		head:    censusDated,
		body:    withByline(`<div class="author">بقلم: أحمد المنصوري</div>`),
		authors: []string{"أحمد المنصوري"},
	}, {
		name:    "Chinese: 作者： before the name",
		head:    censusDated,
		body:    withByline(`<span class="author">作者：王晓明</span>`),
		authors: []string{"王晓明"},
	}, {
		name:    "Japanese: a name and 記者",
		head:    censusDated,
		body:    withByline(`<span class="author">佐藤健太 記者</span>`),
		authors: []string{"佐藤健太"},
	}, {
		name:    "Korean: a name and 기자",
		head:    censusDated,
		body:    withByline(`<span class="writer">김민수 기자</span>`),
		authors: []string{"김민수"},
	}, {
		name:    "Devanagari: लेखक: before the name",
		head:    censusDated,
		body:    withByline(`<div class="byline">लेखक: राहुल शर्मा</div>`),
		authors: []string{"राहुल शर्मा"},
	}, {
		name:    "More from a writer: the author page link alone",
		head:    censusDated,
		body:    withByline(`<a class="author-link" href="/author/tobiah-marsh">More from Tobiah Marsh</a>`),
		authors: []string{"Tobiah Marsh"},
	}, {
		name:    "More from a writer under the story, a byline above",
		head:    censusDated,
		body:    `<article>` + censusH1 + `<p class="byline">By Tobiah Marsh</p>STORY<p><a href="/author/tobiah-marsh">More from Tobiah Marsh</a></p></article>`,
		authors: []string{"Tobiah Marsh"},
	}, {
		name: "More from the outlet's section is no author",
		head: censusDated,
		body: `<article>` + censusH1 + `STORY<p><a href="/news/">More from Harbour Times</a></p></article>`,
	}, {
		name:    "byline: a name inverted after a comma in the meta tag",
		head:    censusDated + `<meta name="author" content="Okafor, Lena">`,
		authors: []string{"Lena Okafor"},
	}}
	right := 0
	for _, c := range cases {
		ok := authorsRight(t, c)
		if ok {
			right++
		}
		cause, gap := knownAuthorShapeGaps[c.name]
		switch {
		case gap && ok:
			t.Errorf("%s: reads right now: take it out of knownAuthorShapeGaps (%s)", c.name, cause)
		case !gap && !ok:
			t.Errorf("%s: reads wrong", c.name)
		}
	}
	for name := range knownAuthorShapeGaps {
		if !slices.ContainsFunc(cases, func(c authorCase) bool { return c.name == name }) {
			t.Errorf("knownAuthorShapeGaps names no case: %s", name)
		}
	}
	t.Logf("%d of %d right", right, len(cases))
}

// authorsRight reports whether the census page c gives its authors,
// logging what it gave when not.
func authorsRight(t *testing.T, c authorCase) bool {
	t.Helper()
	url := c.url
	if url == "" {
		url = "https://www.harbourtimes.example/news/2025/06/harbour-board-dredge"
	}
	body := c.body
	if body == "" {
		body = `<article>` + censusH1 + `STORY</article>`
	}
	a, err := extract.HTMLBytes(authorPage(c.head, body), "text/html; charset=utf-8", &extract.Options{URL: url})
	if err != nil {
		t.Errorf("%s: %v", c.name, err)
		return false
	}
	if slices.Equal(a.Authors, c.authors) {
		return true
	}
	t.Logf("%s: want [%s], got [%s]", c.name, strings.Join(c.authors, "; "), strings.Join(a.Authors, "; "))
	return false
}

// knownAuthorShapeGaps are TestAuthorsCensusShapes's cases still read
// wrong, each with its cause. Written blind, 39 of the 46 cases read
// right; four of the seven wrong ones had been written against the
// contract (CONTRIBUTING.md, "Authors": a staff credit, a desk, the
// site's own organisation and a reviewer's credit alone are kept) and
// now say what it says; "Updated by" alone credits no writer since
// clean's notWriterLabel reads it, and an author page's "More from Jane
// Doe" link names her since clean's profileLinkName reads the words
// before the name: 45 of 46; a one-line card's date past a name and a
// reading time is read since clean's readTimeCardDate: 46 of 46.
var knownAuthorShapeGaps = map[string]string{}
