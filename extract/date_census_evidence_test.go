package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// evidenceCensusRow is one row of the HTML date-evidence census: a page's
// head markup, the markup above and around its story, and the publish day
// it gives. The rows were written blind (before reading extract's date
// code) from the forms CMSs and outlets of many countries print: JSON-LD
// shapes and odd datePublished formats, meta names, <time> and itemprop
// markup, visible date lines in many languages and orders, relative
// stamps with a crawl date, URL dates, and traps whose dates are not the
// publish date.
type evidenceCensusRow struct {
	name  string
	lang  string // the story's language, a key of worldStories
	head  string // markup inside <head>, after the <title>
	top   string // markup between the <h1> and the story's paragraphs
	side  string // markup in an <aside> after the article
	foot  string // markup in the page's <footer>
	url   string // the page's address; default one without a date
	crawl string // the crawl time, RFC 3339; default none
	want  string // the publish day, YYYY-MM-DD, "" for none
}

// evidenceCensusRows are the census's rows. The story is published on
// 7 March 2025 throughout; other days are modified dates and traps.
var evidenceCensusRows = []evidenceCensusRow{
	// JSON-LD shapes.
	{name: "ld-plain", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2025-03-07T14:02:00+01:00"}`), want: "2025-03-07"},
	{name: "ld-graph-webpage-and-article", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Outlet"},{"@type":"WebPage","datePublished":"2019-05-01T00:00:00Z"},{"@type":"NewsArticle","headline":"H","datePublished":"2025-03-07T14:02:00Z"}]}`), want: "2025-03-07"},
	{name: "ld-top-level-array", lang: "en", head: evidenceLD(`[{"@context":"https://schema.org","@type":"Organization","name":"Outlet"},{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-07T09:00:00-05:00"}]`), want: "2025-03-07"},
	{name: "ld-article-inside-webpage", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"WebPage","name":"H","mainEntity":{"@type":"NewsArticle","headline":"H","datePublished":"2025-03-07T14:02:00Z"}}`), want: "2025-03-07"},
	{name: "ld-unpadded-day", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-3-7"}`), want: "2025-03-07"},
	{name: "ld-slashed-day-first-unambiguous", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"17/03/2025"}`), want: "2025-03-17"},
	{name: "ld-slashed-day-first-french", lang: "fr", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"07/03/2025 14:02"}`), want: "2025-03-07"},
	{name: "ld-epoch-ms", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":1741356120000}`), want: "2025-03-07"},
	{name: "ld-space-time-no-zone", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-07 14:02:00"}`), want: "2025-03-07"},
	{name: "ld-zone-without-colon", lang: "ru", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-07T23:30:00+0300"}`), want: "2025-03-07"},
	{name: "ld-french-month-name", lang: "fr", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"7 mars 2025"}`), want: "2025-03-07"},
	{name: "ld-english-month-name", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"March 7, 2025 2:02 PM"}`), want: "2025-03-07"},
	{name: "ld-modified-before-published", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","dateModified":"2025-03-09T08:00:00Z","datePublished":"2025-03-07T14:02:00Z"}`), want: "2025-03-07"},
	{name: "ld-date-created-only", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","dateCreated":"2025-03-07T14:02:00Z"}`), want: "2025-03-07"},
	{name: "ld-video-before-article", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"VideoObject","name":"Clip","uploadDate":"2024-11-02T10:00:00Z"}`) + evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-07T14:02:00Z"}`), want: "2025-03-07"},
	{name: "ld-trailing-comma", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2025-03-07T14:02:00Z",}`), want: "2025-03-07"},
	{name: "ld-reportage-type-list", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":["NewsArticle","ReportageNewsArticle"],"datePublished":"2025-03-07T14:02:00Z"}`), want: "2025-03-07"},
	{name: "ld-breadcrumb-and-meta", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}`) + evidenceMeta("property", "article:published_time", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
	{name: "ld-event-only", lang: "en", head: evidenceLD(`{"@context":"https://schema.org","@type":"Event","name":"Festival","startDate":"2025-06-14T10:00:00Z"}`), want: ""},

	// Meta names.
	{name: "meta-article-published-time", lang: "en", head: evidenceMeta("property", "article:published_time", "2025-03-07T14:02:00+00:00"), want: "2025-03-07"},
	{name: "meta-og-published-time", lang: "en", head: evidenceMeta("property", "og:published_time", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
	{name: "meta-pubdate-compact", lang: "en", head: evidenceMeta("name", "pubdate", "20250307"), want: "2025-03-07"},
	{name: "meta-publishdate", lang: "en", head: evidenceMeta("name", "publishdate", "2025-03-07"), want: "2025-03-07"},
	{name: "meta-publish-date-space-time", lang: "en", head: evidenceMeta("name", "publish-date", "2025-03-07 14:02"), want: "2025-03-07"},
	{name: "meta-sailthru-rfc1123", lang: "en", head: evidenceMeta("name", "sailthru.date", "Fri, 07 Mar 2025 14:02:00 -0500"), want: "2025-03-07"},
	{name: "meta-parsely-pub-date", lang: "en", head: evidenceMeta("name", "parsely-pub-date", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
	{name: "meta-dc-date", lang: "de", head: evidenceMeta("name", "dc.date", "2025-03-07"), want: "2025-03-07"},
	{name: "meta-dc-date-issued", lang: "pl", head: evidenceMeta("name", "DC.date.issued", "2025-03-07"), want: "2025-03-07"},
	{name: "meta-date", lang: "it", head: evidenceMeta("name", "date", "2025-03-07"), want: "2025-03-07"},
	{name: "meta-citation-publication-date", lang: "en", head: evidenceMeta("name", "citation_publication_date", "2025/03/07"), want: "2025-03-07"},
	{name: "meta-article-created", lang: "cs", head: evidenceMeta("name", "article.created", "2025-03-07T14:02:00"), want: "2025-03-07"},
	{name: "meta-cxense-publishtime", lang: "es", head: evidenceMeta("name", "cXenseParse:recs:publishtime", "2025-03-07T14:02:00+0100"), want: "2025-03-07"},
	{name: "meta-twitter-label-published", lang: "en", head: evidenceMeta("name", "twitter:label1", "Published") + evidenceMeta("name", "twitter:data1", "March 7, 2025"), want: "2025-03-07"},
	{name: "meta-parsely-page-json", lang: "en", head: evidenceMeta("name", "parsely-page", `{&quot;title&quot;:&quot;H&quot;,&quot;pub_date&quot;:&quot;2025-03-07T14:02:00Z&quot;}`), want: "2025-03-07"},
	{name: "meta-itemprop-in-body", lang: "en", top: `<meta itemprop="datePublished" content="2025-03-07T14:02:00Z">`, want: "2025-03-07"},
	{name: "meta-modified-before-published", lang: "en", head: evidenceMeta("property", "article:modified_time", "2025-03-09T08:00:00Z") + evidenceMeta("property", "article:published_time", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
	{name: "meta-og-updated-and-visible-published", lang: "en", head: evidenceMeta("property", "og:updated_time", "2025-03-09T08:00:00Z"), top: `<div class="meta">Published 7 March 2025</div>`, want: "2025-03-07"},

	// <time>, itemprop and microformats.
	{name: "time-class-published", lang: "en", top: `<time class="published" datetime="2025-03-07T14:02">7 March</time>`, want: "2025-03-07"},
	{name: "time-pubdate-attribute", lang: "en", top: `<time pubdate datetime="2025-03-07T14:02:00Z">Friday</time>`, want: "2025-03-07"},
	{name: "span-itemprop-content", lang: "en", top: `<span itemprop="datePublished" content="2025-03-07">7 March</span>`, want: "2025-03-07"},
	{name: "time-itemprop", lang: "de", top: `<time itemprop="datePublished" datetime="2025-03-07">7. März</time>`, want: "2025-03-07"},
	{name: "time-head-and-sidebar", lang: "en", top: `<time datetime="2025-03-07T14:02:00Z">March 7, 2025</time>`, side: `<ul><li><a href="/a">Another story</a> <time datetime="2025-03-05T09:00:00Z">March 5</time></li><li><a href="/b">A third story</a> <time datetime="2025-03-04T09:00:00Z">March 4</time></li></ul>`, want: "2025-03-07"},
	{name: "abbr-hatom-published", lang: "en", top: `<abbr class="published" title="2025-03-07T14:02:00">March 7</abbr>`, want: "2025-03-07"},

	// Visible date lines under the headline.
	{name: "line-en-published-day-first", lang: "en", top: `<div class="byline">Published: 7 March 2025, 14:02</div>`, want: "2025-03-07"},
	{name: "line-en-month-first-at", lang: "en", top: `<div class="dateline">March 7, 2025 at 2:02 p.m. EST</div>`, want: "2025-03-07"},
	{name: "line-de-dotted-uhr", lang: "de", top: `<p class="date">07.03.2025, 14:02 Uhr</p>`, want: "2025-03-07"},
	{name: "line-fr-publie-le", lang: "fr", top: `<p class="date">Publié le 7 mars 2025 à 14h02</p>`, want: "2025-03-07"},
	{name: "line-es-de-marzo", lang: "es", top: `<span class="fecha">7 de marzo de 2025 - 14:02</span>`, want: "2025-03-07"},
	{name: "line-it-marzo", lang: "it", top: `<span class="data">7 marzo 2025</span>`, want: "2025-03-07"},
	{name: "line-pt-slashed-14h", lang: "pt", top: `<span class="data">07/03/2025 14h02</span>`, want: "2025-03-07"},
	{name: "line-ru-genitive", lang: "ru", top: `<div class="date">7 марта 2025, 14:02</div>`, want: "2025-03-07"},
	{name: "line-uk-genitive", lang: "uk", top: `<div class="date">7 березня 2025, 14:02</div>`, want: "2025-03-07"},
	{name: "line-pl-marca", lang: "pl", top: `<div class="date">7 marca 2025</div>`, want: "2025-03-07"},
	{name: "line-cs-brezna", lang: "cs", top: `<div class="date">7. března 2025</div>`, want: "2025-03-07"},
	{name: "line-tr-mart", lang: "tr", top: `<div class="tarih">07 Mart 2025 14:02</div>`, want: "2025-03-07"},
	{name: "line-fa-solar", lang: "fa", top: `<div class="date">۱۷ اسفند ۱۴۰۳</div>`, want: "2025-03-07"},
	{name: "line-ar-maris", lang: "ar", top: `<div class="date">7 مارس 2025</div>`, want: "2025-03-07"},
	{name: "line-hi-march", lang: "hi", top: `<div class="date">7 मार्च 2025</div>`, want: "2025-03-07"},
	{name: "line-ja-kanji", lang: "ja", top: `<div class="date">2025年3月7日 14時02分</div>`, want: "2025-03-07"},
	{name: "line-zh-padded", lang: "zh", top: `<div class="date">2025年03月07日 14:02</div>`, want: "2025-03-07"},
	{name: "line-ko-dotted-input", lang: "ko", top: `<div class="date">입력 2025.03.07 14:02</div>`, want: "2025-03-07"},
	{name: "line-th-buddhist-year", lang: "th", top: `<div class="date">7 มี.ค. 2568</div>`, want: "2025-03-07"},
	{name: "line-vi-weekday-gmt", lang: "vi", top: `<div class="date">Thứ sáu, 7/3/2025, 14:02 (GMT+7)</div>`, want: "2025-03-07"},
	{name: "line-id-wib", lang: "id", top: `<div class="date">Jumat, 07 Mar 2025 14:02 WIB</div>`, want: "2025-03-07"},
	{name: "line-updated-then-published", lang: "en", top: `<div class="dates">Updated March 9, 2025</div><div class="dates">Published March 7, 2025</div>`, want: "2025-03-07"},
	{name: "relative-hours-ago", lang: "en", top: `<div class="date">3 hours ago</div>`, crawl: "2025-03-07T18:00:00Z", want: "2025-03-07"},
	{name: "relative-days-ago", lang: "en", top: `<div class="date">2 days ago</div>`, crawl: "2025-03-09T10:00:00Z", want: "2025-03-07"},

	// The URL's date.
	{name: "url-path-day", lang: "en", url: "https://news.example.com/2025/03/07/council-footbridge", want: "2025-03-07"},
	{name: "url-compact-day", lang: "en", url: "https://news.example.com/local/20250307/council-footbridge.html", want: "2025-03-07"},
	{name: "url-day-and-meta-agree", lang: "en", url: "https://news.example.com/2025/03/07/council-footbridge", head: evidenceMeta("property", "article:published_time", "2025-03-07T23:10:00-05:00"), want: "2025-03-07"},

	// Traps: dates that are not the publish date.
	{name: "trap-sidebar-dates", lang: "en", side: `<h3>Latest</h3><ul><li><a href="/a">Another story</a> March 2, 2025</li><li><a href="/b">A third story</a> March 1, 2025</li></ul>`, want: ""},
	{name: "trap-comment-date", lang: "en", side: `<div class="comments"><div class="comment"><b>reader42</b> March 9, 2025 at 10:15 am<p>Good news for cyclists at last.</p></div></div>`, want: ""},
	{name: "trap-copyright-year", lang: "en", foot: `<p>© 2025 Example Outlet. All rights reserved.</p>`, want: ""},
	{name: "trap-last-updated-only", lang: "en", top: `<div class="dates">Last updated: 9 March 2025</div>`, want: ""},
	{name: "trap-page-generated-footer", lang: "en", foot: `<p>Page generated 2025-03-10 04:00</p>`, want: ""},
	{name: "trap-sidebar-times-only", lang: "en", side: `<h3>Most read</h3><ul><li><a href="/a">Another story</a> <time datetime="2025-03-05T09:00:00Z">March 5</time></li><li><a href="/b">A third story</a> <time datetime="2025-03-04T09:00:00Z">March 4</time></li></ul>`, want: ""},
	{name: "trap-sidebar-time-before-published", lang: "en", side: `<ul><li><a href="/a">Another story</a> <time datetime="2025-03-05T09:00:00Z">March 5</time></li></ul>`, head: evidenceMeta("property", "article:published_time", "2025-03-07T14:02:00Z"), want: "2025-03-07"},
}

// evidenceCensusRight are the rows extract.HTML gets right, by name. The
// census counted 75 of 77 right blind, 76 now: meta-twitter-label-published
// (twitter:label1 "Published" over data1's day) reads right since this
// session. The row not listed is its gap:
//   - trap-last-updated-only: a page that prints only its update time gets
//     that time as Published (FromModified), by design: the project takes
//     the update day over none.
var evidenceCensusRight = map[string]bool{
	"meta-twitter-label-published":          true,
	"ld-plain":                              true,
	"ld-graph-webpage-and-article":          true,
	"ld-top-level-array":                    true,
	"ld-article-inside-webpage":             true,
	"ld-unpadded-day":                       true,
	"ld-slashed-day-first-unambiguous":      true,
	"ld-slashed-day-first-french":           true,
	"ld-epoch-ms":                           true,
	"ld-space-time-no-zone":                 true,
	"ld-zone-without-colon":                 true,
	"ld-french-month-name":                  true,
	"ld-english-month-name":                 true,
	"ld-modified-before-published":          true,
	"ld-date-created-only":                  true,
	"ld-video-before-article":               true,
	"ld-trailing-comma":                     true,
	"ld-reportage-type-list":                true,
	"ld-breadcrumb-and-meta":                true,
	"ld-event-only":                         true,
	"meta-article-published-time":           true,
	"meta-og-published-time":                true,
	"meta-pubdate-compact":                  true,
	"meta-publishdate":                      true,
	"meta-publish-date-space-time":          true,
	"meta-sailthru-rfc1123":                 true,
	"meta-parsely-pub-date":                 true,
	"meta-dc-date":                          true,
	"meta-dc-date-issued":                   true,
	"meta-date":                             true,
	"meta-citation-publication-date":        true,
	"meta-article-created":                  true,
	"meta-cxense-publishtime":               true,
	"meta-parsely-page-json":                true,
	"meta-itemprop-in-body":                 true,
	"meta-modified-before-published":        true,
	"meta-og-updated-and-visible-published": true,
	"time-class-published":                  true,
	"time-pubdate-attribute":                true,
	"span-itemprop-content":                 true,
	"time-itemprop":                         true,
	"time-head-and-sidebar":                 true,
	"abbr-hatom-published":                  true,
	"line-en-published-day-first":           true,
	"line-en-month-first-at":                true,
	"line-de-dotted-uhr":                    true,
	"line-fr-publie-le":                     true,
	"line-es-de-marzo":                      true,
	"line-it-marzo":                         true,
	"line-pt-slashed-14h":                   true,
	"line-ru-genitive":                      true,
	"line-uk-genitive":                      true,
	"line-pl-marca":                         true,
	"line-cs-brezna":                        true,
	"line-tr-mart":                          true,
	"line-fa-solar":                         true,
	"line-ar-maris":                         true,
	"line-hi-march":                         true,
	"line-ja-kanji":                         true,
	"line-zh-padded":                        true,
	"line-ko-dotted-input":                  true,
	"line-th-buddhist-year":                 true,
	"line-vi-weekday-gmt":                   true,
	"line-id-wib":                           true,
	"line-updated-then-published":           true,
	"relative-hours-ago":                    true,
	"relative-days-ago":                     true,
	"url-path-day":                          true,
	"url-compact-day":                       true,
	"url-day-and-meta-agree":                true,
	"trap-sidebar-dates":                    true,
	"trap-comment-date":                     true,
	"trap-copyright-year":                   true,
	"trap-page-generated-footer":            true,
	"trap-sidebar-times-only":               true,
	"trap-sidebar-time-before-published":    true,
}

// evidenceLD is a JSON-LD script holding js.
func evidenceLD(js string) string {
	return `<script type="application/ld+json">` + js + `</script>`
}

// evidenceMeta is a <meta> tag whose attr (name, property) is key, with content.
func evidenceMeta(attr, key, content string) string {
	return `<meta ` + attr + `="` + key + `" content="` + content + `">`
}

// evidenceCensusPage is row's page: the head markup, a navigation bar,
// the headline, the top markup, the story, the aside and the footer.
func evidenceCensusPage(row evidenceCensusRow) string {
	st, _ := evidenceStory(row.lang)
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + row.lang + `"><head><meta charset="utf-8"><title>` + st.title + `</title>`)
	b.WriteString(row.head)
	b.WriteString(`</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><main><article><h1>` + st.title + `</h1>`)
	b.WriteString(row.top)
	b.WriteString(`<p>` + st.p1 + `</p><p>` + st.p2 + `</p><p>` + st.p1 + `</p></article>`)
	if row.side != "" {
		b.WriteString(`<aside>` + row.side + `</aside>`)
	}
	b.WriteString(`</main><footer>`)
	b.WriteString(row.foot)
	b.WriteString(`<a href="/about">About us</a></footer></body></html>`)
	return b.String()
}

// evidenceCensusDay is the publish day extract.HTML gives row's page,
// YYYY-MM-DD or "".
func evidenceCensusDay(t *testing.T, row evidenceCensusRow) string {
	t.Helper()
	opts := &extract.Options{URL: row.url}
	if opts.URL == "" {
		opts.URL = "https://news.example.com/local/council-footbridge"
	}
	if row.crawl != "" {
		c, err := time.Parse(time.RFC3339, row.crawl)
		if err != nil {
			t.Fatalf("%s: crawl %q: %v", row.name, row.crawl, err)
		}
		opts.CrawlDate = c
	}
	a, err := extract.HTMLBytes([]byte(evidenceCensusPage(row)), "text/html; charset=utf-8", opts)
	if err != nil {
		t.Fatalf("%s: %v", row.name, err)
	}
	if len(a.Published) < 10 {
		return a.Published
	}
	return a.Published[:10]
}

// evidenceStory is the census's story in lang, from worldStories or
// evidenceRareStories.
func evidenceStory(lang string) (worldStory, bool) {
	if st, ok := worldStories[lang]; ok {
		return st, true
	}
	st, ok := evidenceRareStories[lang]
	return st, ok
}

// TestDateCensusEvidence runs the HTML date-evidence census through
// extract.HTML: the rows in evidenceCensusRight must give their day, and
// a gap that starts giving it is reported so the table is brought up to
// date.
func TestDateCensusEvidence(t *testing.T) {
	runEvidenceCensus(t, evidenceCensusRows, evidenceCensusRight)
}

// runEvidenceCensus runs rows through extract.HTML: the rows right names
// must give their day, and a gap that starts giving it fails the test so
// that the table is brought up to date. It logs the gaps and the count.
func runEvidenceCensus(t *testing.T, rows []evidenceCensusRow, right map[string]bool) {
	names := map[string]bool{}
	n := 0
	for _, row := range rows {
		if names[row.name] {
			t.Errorf("row name %q used twice", row.name)
		}
		names[row.name] = true
		if _, ok := evidenceStory(row.lang); !ok {
			t.Errorf("%s: no story in %q", row.name, row.lang)
			continue
		}
		got := evidenceCensusDay(t, row)
		ok := got == row.want
		if ok {
			n++
		}
		switch {
		case right[row.name] && !ok:
			t.Errorf("%s: published %q, want %q", row.name, got, row.want)
		case !right[row.name] && ok:
			t.Errorf("%s: a gap now right (%q): add it to the right rows", row.name, got)
		case !ok:
			t.Logf("gap %s: published %q, want %q", row.name, got, row.want)
		}
	}
	for name := range right {
		if !names[name] {
			t.Errorf("the right rows name %q, which is no row", name)
		}
	}
	t.Logf("%d of %d rows right", n, len(rows))
}
