package extract_test

import "testing"

// Lists of authors as the common templates print them, in the byline and
// in the metadata, each with a page it must leave alone.
func TestAuthorsLists(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	article := func(author string) string {
		return ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02T08:00:00Z","author":` + author + `}`)
	}
	body := `<article>` + censusH1 + `STORY</article>`
	byline := func(s string) string {
		return `<article>` + censusH1 + `<div class="byline">` + s + `</div>STORY</article>`
	}
	for _, c := range []authorCase{{
		name:    "WordPress co-authors: a serial comma before the last name",
		head:    censusDated,
		body:    `<article><h1 class="entry-title">Harbour board to dredge the north channel</h1><div class="entry-meta"><span class="byline">By <a href="/author/jholm/">Jane Holm</a>, <a href="/author/tberg/">Tom Berg</a>, and <a href="/author/alind/">Ana Lind</a></span></div><div class="entry-content">STORY</div></article>`,
		authors: []string{"Jane Holm", "Tom Berg", "Ana Lind"},
	}, {
		name:    "a serial comma in plain text",
		head:    censusDated,
		body:    byline("By Jane Holm, Tom Berg, and Ana Lind"),
		authors: []string{"Jane Holm", "Tom Berg", "Ana Lind"},
	}, {
		name:    "a story two newsrooms share: each writer with an outlet after a comma",
		head:    censusDated,
		body:    byline("By Jane Holm, Harbour Times, and Tom Berg, Valley Gazette"),
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "leave alone: two writers, then one outlet after a comma",
		head:    censusDated,
		body:    byline("By Jane Holm and Tom Berg, Valley Gazette"),
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "a group after the writer's name is no second author (German)",
		head:    censusDated,
		body:    byline("Geschrieben von Anna Berg und Partner"),
		authors: []string{"Anna Berg"},
	}, {
		name:    "a group after the writer's name is no second author (English)",
		head:    censusDated,
		body:    byline("By Jane Holm and Team"),
		authors: []string{"Jane Holm"},
	}, {
		name:    "a Russian label over two names joined by и",
		head:    censusDated,
		body:    byline("Авторы: Иван Петров и Мария Соколова"),
		authors: []string{"Иван Петров", "Мария Соколова"},
	}, {
		name:    "leave alone: a Russian label over a name and a word that is no name",
		head:    censusDated,
		body:    byline("Автор: Иван Петров и компания"),
		authors: []string{"Иван Петров"},
	}, {
		name:    "leave alone: a Turkish label over a name and 'and friends'",
		head:    censusDated,
		body:    byline("Yazar: Ayşe Demir ve Arkadaşları"),
		authors: []string{"Ayşe Demir"},
	}, {
		name:    "the metadata's list with its last name after 'and'",
		head:    censusDated + `<meta name="author" content="Jane Holm, Tom Berg and Ana Lind">`,
		body:    body,
		authors: []string{"Jane Holm", "Tom Berg", "Ana Lind"},
	}, {
		name:    "JSON-LD: one string listing three, a serial comma",
		head:    article(`"Jane Holm, Tom Berg, and Ana Lind"`),
		body:    body,
		authors: []string{"Jane Holm", "Tom Berg", "Ana Lind"},
	}, {
		name:    "JSON-LD: one string listing two parted by a semicolon",
		head:    article(`"Jane Holm; Tom Berg"`),
		body:    body,
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "the metadata's names with degrees, parted by semicolons",
		head:    censusDated + `<meta name="citation_author" content="Jane Holm, MD; Tom Berg, PhD">`,
		body:    body,
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "leave alone: a role of two halves joined by & after the name",
		head:    censusDated + `<meta name="author" content="Nicole Forbes, Master Horticulturist & Garden Educator">`,
		body:    body,
		authors: []string{"Nicole Forbes"},
	}, {
		name:    "the metadata's two names after a comma, the byline naming both",
		head:    article(`"Jane Holm, Tom Berg"`),
		body:    byline(`By <a href="/author/jane-holm">Jane Holm</a> and <a href="/author/tom-berg">Tom Berg</a>`),
		authors: []string{"Jane Holm", "Tom Berg"},
	}, {
		name:    "the metadata's name and paper after a comma, the byline naming the person alone",
		head:    censusDated + `<meta name="author" content="Jane Holm, Valley Gazette">`,
		body:    byline("By Jane Holm"),
		authors: []string{"Jane Holm"},
	}, {
		name:    "Yoast: a Person in the @graph named by its parts",
		head:    ld(`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"#article","author":{"@id":"#/schema/person/4f1c"},"headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02T08:00:00+00:00"},{"@type":"Person","@id":"#/schema/person/4f1c","givenName":"Jane","familyName":"Holm"}]}`),
		body:    body,
		authors: []string{"Jane Holm"},
	}, {
		name: "leave alone: a Person with a forename alone",
		head: ld(`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"#article","author":{"@id":"#/schema/person/4f1c"},"headline":"Harbour board to dredge the north channel","datePublished":"2025-06-02T08:00:00+00:00"},{"@type":"Person","@id":"#/schema/person/4f1c","givenName":"Jane"}]}`),
		body: body,
	}} {
		t.Run(c.name, c.run)
	}
}
