package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// censusCase is one invented page of the date census: how a publishing
// system or an outlet prints its publish date, with the date extract must
// give (published "" where the page must give none) and the update time
// where the page gives one.
type censusCase struct {
	name      string
	url       string
	crawl     string // YYYY-MM-DD, or ""
	src       []byte
	published string
	modified  string // checked only when set
}

func (c censusCase) run(t *testing.T) {
	t.Helper()
	opts := &extract.Options{URL: c.url}
	if c.crawl != "" {
		opts.CrawlDate, _ = time.Parse(time.DateOnly, c.crawl)
	}
	a, err := extract.HTMLBytes(c.src, "text/html; charset=utf-8", opts)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != c.published {
		t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.published)
	}
	if c.modified != "" && a.Modified != c.modified {
		t.Errorf("modified %q, want %q", a.Modified, c.modified)
	}
}

// censusStory is the story of every census page: long enough that the
// page is an article, and free of dates.
const censusStory = `<p>The harbour board agreed on Monday evening to rebuild the old ferry pier, which has stood closed since the storms of two winters ago left its deck unsafe for walkers and boats alike.</p>
<p>Engineers told the board that the new pier would rest on steel piles driven deep into the seabed, and that the work would take most of a year once the permits are granted by the county.</p>
<p>Residents who spoke at the meeting asked for a ramp for wheelchairs and a shelter at the end of the pier, and the board said both would be part of the design it sends out to tender.</p>
<p>The ferry company said it would move its summer timetable back to the pier as soon as the first berth is ready, and would run a shuttle bus from the station until then.</p>`

// censusPage builds a page in language lang with head inside <head>, top
// above the story and after below it, inside <article>; every census page
// has the same headline.
func censusPage(lang, head, top, after string) []byte {
	return []byte(`<!doctype html><html lang="` + lang + `"><head><title>Harbour board to rebuild the ferry pier | Coast News</title>` + head +
		`</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>Harbour board to rebuild the ferry pier</h1>` +
		top + censusStory + after + `</article><footer><p>© 2026 Coast News</p></footer></body></html>`)
}

// TestDateCensusSystems covers how common publishing systems print the
// publish date: WordPress, Blogger, Ghost, Substack, Medium, Drupal,
// Joomla, each on an invented page.
func TestDateCensusSystems(t *testing.T) {
	for _, c := range []censusCase{{
		name:      "WordPress: entry-date published and updated in posted-on",
		src:       censusPage("en", ``, `<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/03/harbour/" rel="bookmark"><time class="entry-date published" datetime="2024-03-14T09:12:00+01:00">March 14, 2024</time><time class="updated" datetime="2024-05-02T10:00:00+01:00">May 2, 2024</time></a></span> <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jane/">Jane Doe</a></span></span></div>`, ``),
		published: "2024-03-14T09:12:00+01:00", modified: "2024-05-02T10:00:00+01:00",
	}, {
		name:      "WordPress: entry-date alone, no update",
		src:       censusPage("en", ``, `<div class="entry-meta"><span class="posted-on"><time class="entry-date published updated" datetime="2024-03-14T09:12:00+00:00">14 March 2024</time></span></div>`, ``),
		published: "2024-03-14T09:12:00+00:00",
	}, {
		name:      "WordPress: Yoast JSON-LD graph with a WebPage and an Article",
		src:       censusPage("en", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://coast.example/harbour/","datePublished":"2024-03-10T08:00:00+00:00","dateModified":"2024-05-02T10:00:00+00:00"},{"@type":"Article","@id":"https://coast.example/harbour/#article","isPartOf":{"@id":"https://coast.example/harbour/"},"headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14T09:12:00+00:00","dateModified":"2024-05-02T10:00:00+00:00"}]}</script>`, ``, ``),
		published: "2024-03-14T09:12:00+00:00", modified: "2024-05-02T10:00:00+00:00",
	}, {
		name:      "Blogger: date header over the post, abbr published in the footer",
		src:       censusPage("en", ``, `<h2 class="date-header"><span>Thursday, March 14, 2024</span></h2>`, `<div class="post-footer">Posted by <span class="fn">Jane Doe</span> at <a class="timestamp-link" href="/2024/03/harbour.html" rel="bookmark"><abbr class="published" itemprop="datePublished" title="2024-03-14T09:12:00-07:00">9:12 AM</abbr></a></div>`),
		published: "2024-03-14T09:12:00-07:00",
	}, {
		name:      "Blogger: the date header alone",
		src:       censusPage("en", ``, `<h2 class="date-header"><span>Thursday, March 14, 2024</span></h2>`, ``),
		published: "2024-03-14",
	}, {
		name:      "Ghost: a time with its datetime in the post's header",
		src:       censusPage("en", `<meta property="article:published_time" content="2024-03-14T09:12:00.000Z"><meta property="article:modified_time" content="2024-03-15T11:00:00.000Z">`, `<div class="article-byline-meta"><time class="byline-meta-date" datetime="2024-03-14">Mar 14, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div>`, ``),
		published: "2024-03-14T09:12:00+00:00", modified: "2024-03-15T11:00:00+00:00",
	}, {
		name:      "Ghost: a bare time element, no metadata",
		src:       censusPage("en", ``, `<header class="post-header"><time datetime="2024-03-14">14 Mar 2024</time></header>`, ``),
		published: "2024-03-14",
	}, {
		name:      "Substack: the post's date only in the preloaded state",
		src:       censusPage("en", `<script>window._preloads = JSON.parse("{\"post\":{\"id\":123,\"title\":\"Harbour board to rebuild the ferry pier\",\"post_date\":\"2024-03-14T09:12:00.000Z\",\"audience\":\"everyone\"}}")</script>`, ``, ``),
		published: "2024-03-14T09:12:00+00:00",
	}, {
		name:      "Substack: the visible date line in the post header",
		src:       censusPage("en", ``, `<div class="post-header"><div class="pencraft">Mar 14, 2024</div></div>`, ``),
		published: "2024-03-14",
	}, {
		name:      "Medium: firstPublishedAt in milliseconds in the state",
		src:       censusPage("en", `<script>window.__APOLLO_STATE__ = {"Post:abc":{"id":"abc","title":"Harbour board to rebuild the ferry pier","firstPublishedAt":1710407520000,"latestPublishedAt":1712000000000}}</script>`, ``, ``),
		published: "2024-03-14T09:12:00+00:00",
	}, {
		name:      "Medium: published_time meta with milliseconds",
		src:       censusPage("en", `<meta property="article:published_time" content="2024-03-14T09:12:00.123Z">`, `<span data-testid="storyPublishDate">Mar 14, 2024</span>`, ``),
		published: "2024-03-14T09:12:00+00:00", // to the second, as the contract prints times
	}, {
		name:      "Drupal 8+: the created field holding a time",
		src:       censusPage("en", ``, `<div class="field field--name-created field--type-created field--label-hidden"><time datetime="2024-03-14T12:00:00Z">Thu, 03/14/2024 - 12:00</time></div>`, ``),
		published: "2024-03-14T12:00:00+00:00",
	}, {
		name:      "Drupal 7: RDFa dc:date with content (the printed date, the content's zone)",
		src:       censusPage("en", ``, `<span property="dc:date dc:created" content="2024-03-14T12:00:00+00:00" datatype="xsd:dateTime">Thu, 03/14/2024 - 12:00</span>`, ``),
		published: "2024-03-14T12:00:00+00:00",
	}, {
		name:      "Joomla: published dd with itemprop on a time",
		src:       censusPage("en", ``, `<dl class="article-info"><dd class="published"><span class="icon-calendar"></span><time datetime="2024-03-14T10:00:00+00:00" itemprop="datePublished">Published: 14 March 2024</time></dd><dd class="modified"><time datetime="2024-04-01T10:00:00+00:00" itemprop="dateModified">Last Updated: 01 April 2024</time></dd></dl>`, ``),
		published: "2024-03-14T10:00:00+00:00", modified: "2024-04-01T10:00:00+00:00",
	}, {
		name:      "microdata: a meta itemprop datePublished with content",
		src:       censusPage("en", ``, `<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-03-14T10:00:00+02:00"><meta itemprop="dateModified" content="2024-03-14T18:00:00+02:00"></div>`, ``),
		published: "2024-03-14T10:00:00+02:00", modified: "2024-03-14T18:00:00+02:00",
	}, {
		name:      "data-timestamp in seconds by the byline",
		src:       censusPage("en", ``, `<div class="byline">By Jane Doe <span class="date" data-timestamp="1710407520"></span></div>`, ``),
		published: "2024-03-14T09:12:00+00:00",
	}, {
		name:      "data-time in milliseconds by the byline",
		src:       censusPage("en", ``, `<div class="article-meta"><span class="author">Jane Doe</span> <span class="timestamp" data-time="1710407520000"></span></div>`, ``),
		published: "2024-03-14T09:12:00+00:00",
	}} {
		t.Run(c.name, c.run)
	}
}

// TestDateCensusJSONLD covers JSON-LD's dates: with zones, without a time,
// as a Unix time, in @graph, and a NewsArticle nested in a WebPage.
func TestDateCensusJSONLD(t *testing.T) {
	ld := func(body string) string { return `<script type="application/ld+json">` + body + `</script>` }
	for _, c := range []censusCase{{
		name:      "a zone east of UTC",
		src:       censusPage("en", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14T00:30:00+05:30"}`), ``, ``),
		published: "2024-03-14T00:30:00+05:30",
	}, {
		name:      "a date without a time",
		src:       censusPage("en", ld(`{"@context":"https://schema.org","@type":"BlogPosting","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14"}`), ``, ``),
		published: "2024-03-14",
	}, {
		name:      "a time without a zone",
		src:       censusPage("en", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14 09:12:00"}`), ``, ``),
		published: "2024-03-14T09:12:00",
	}, {
		name:      "a Unix time in seconds",
		src:       censusPage("en", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":1710407520}`), ``, ``),
		published: "2024-03-14T09:12:00+00:00",
	}, {
		name:      "@graph with the article after the site and the page",
		src:       censusPage("en", ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Coast News"},{"@type":"WebPage","datePublished":"2023-01-01T00:00:00Z"},{"@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14T09:12:00Z","dateModified":"2024-03-16T09:00:00Z"}]}`), ``, ``),
		published: "2024-03-14T09:12:00+00:00", modified: "2024-03-16T09:00:00+00:00",
	}, {
		name:      "a NewsArticle as the WebPage's mainEntity",
		src:       censusPage("en", ld(`{"@context":"https://schema.org","@type":"WebPage","datePublished":"2023-01-01T00:00:00Z","mainEntity":{"@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14T09:12:00Z"}}`), ``, ``),
		published: "2024-03-14T09:12:00+00:00",
	}, {
		name:      "an array of two nodes, the article second",
		src:       censusPage("en", ld(`[{"@type":"Organization","name":"Coast News"},{"@type":"ReportageNewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14T09:12:00-05:00"}]`), ``, ``),
		published: "2024-03-14T09:12:00-05:00",
	}} {
		t.Run(c.name, c.run)
	}
}

// TestDateCensusMetaNames covers the meta names many systems write the
// publish date in; og:updated_time gives the update only.
func TestDateCensusMetaNames(t *testing.T) {
	for _, c := range []struct{ name, meta, published string }{
		{"pubdate", `<meta name="pubdate" content="2024-03-14T09:12:00Z">`, "2024-03-14T09:12:00+00:00"},
		{"publishdate", `<meta name="publishdate" content="2024-03-14">`, "2024-03-14"},
		{"date", `<meta name="date" content="2024-03-14">`, "2024-03-14"},
		{"DC.date.issued", `<meta name="DC.date.issued" content="2024-03-14">`, "2024-03-14"},
		{"dcterms.created", `<meta name="dcterms.created" content="2024-03-14">`, "2024-03-14"},
		{"sailthru.date", `<meta name="sailthru.date" content="2024-03-14 09:12:00">`, "2024-03-14T09:12:00"},
		{"parsely-pub-date", `<meta name="parsely-pub-date" content="2024-03-14T09:12:00Z">`, "2024-03-14T09:12:00+00:00"},
		{"article.published", `<meta name="article.published" content="2024-03-14T09:12:00Z">`, "2024-03-14T09:12:00+00:00"},
		{"og:article:published_time", `<meta property="og:article:published_time" content="2024-03-14T09:12:00+01:00">`, "2024-03-14T09:12:00+01:00"},
		{"citation_publication_date", `<meta name="citation_publication_date" content="2024/03/14">`, "2024-03-14"},
		{"parsely-page JSON", `<meta name="parsely-page" content='{"title":"Harbour board to rebuild the ferry pier","pub_date":"2024-03-14T09:12:00Z","section":"Local"}'>`, "2024-03-14T09:12:00+00:00"},
		{"parsely-metadata pub_date", `<meta name="parsely-metadata" content='{"pub_date":"2024-03-14T09:12:00Z"}'>`, "2024-03-14T09:12:00+00:00"},
		{"itemprop datePublished on a meta in head", `<meta itemprop="datePublished" content="2024-03-14">`, "2024-03-14"},
		{"RFC 1123 in a meta", `<meta name="pubdate" content="Thu, 14 Mar 2024 09:12:00 GMT">`, "2024-03-14T09:12:00+00:00"},
	} {
		censusCase{name: c.name, src: censusPage("en", c.meta, ``, ``), published: c.published}.run(t)
	}
	t.Run("og:updated_time is the update only", censusCase{
		src:       censusPage("en", `<meta property="og:updated_time" content="2024-05-02T10:00:00+00:00"><meta property="article:published_time" content="2024-03-14T09:12:00+00:00">`, ``, ``),
		published: "2024-03-14T09:12:00+00:00", modified: "2024-05-02T10:00:00+00:00",
	}.run)
}

// TestDateCensusURL covers dates in the page's address.
func TestDateCensusURL(t *testing.T) {
	for _, c := range []censusCase{
		{name: "/2024/03/14/", url: "https://coast.example/2024/03/14/harbour-board-ferry-pier/", published: "2024-03-14"},
		{name: "20240314 in a path segment", url: "https://coast.example/local/20240314/harbour-board-ferry-pier", published: "2024-03-14"},
		{name: "/2024-03-14-slug", url: "https://coast.example/news/2024-03-14-harbour-board-ferry-pier", published: "2024-03-14"},
		{name: "an id that is no date", url: "https://coast.example/news/harbour-board-ferry-pier-20240399"},
	} {
		c.src = censusPage("en", ``, ``, ``)
		t.Run(c.name, c.run)
	}
}

// TestDateCensusLanguages covers a visible date line under the headline in
// the month names of thirty languages.
func TestDateCensusLanguages(t *testing.T) {
	for _, c := range []struct{ lang, line string }{
		{"en", "14 March 2024"}, {"fr", "14 mars 2024"}, {"de", "14. März 2024"}, {"es", "14 de marzo de 2024"},
		{"it", "14 marzo 2024"}, {"pt", "14 de março de 2024"}, {"nl", "14 maart 2024"}, {"sv", "14 mars 2024"},
		{"da", "14. marts 2024"}, {"nb", "14. mars 2024"}, {"fi", "14. maaliskuuta 2024"}, {"pl", "14 marca 2024"},
		{"cs", "14. března 2024"}, {"sk", "14. marca 2024"}, {"hu", "2024. március 14."}, {"ro", "14 martie 2024"},
		{"tr", "14 Mart 2024"}, {"ru", "14 марта 2024"}, {"uk", "14 березня 2024"}, {"el", "14 Μαρτίου 2024"},
		{"bg", "14 март 2024"}, {"hr", "14. ožujka 2024."}, {"sl", "14. marec 2024"}, {"lt", "2024 m. kovo 14 d."},
		{"lv", "2024. gada 14. marts"}, {"et", "14. märts 2024"}, {"id", "14 Maret 2024"}, {"vi", "14 tháng 3, 2024"},
		{"ja", "2024年3月14日"}, {"zh", "2024年3月14日"}, {"ko", "2024년 3월 14일"}, {"ar", "14 مارس 2024"},
		{"he", "14 במרץ 2024"}, {"hi", "14 मार्च 2024"}, {"th", "14 มีนาคม 2024"}, {"ms", "14 Mac 2024"},
		{"sr", "14. mart 2024."}, {"ca", "14 de març de 2024"},
	} {
		t.Run(c.lang, censusCase{src: censusPage(c.lang, ``, `<p class="date">`+c.line+`</p>`, ``), published: "2024-03-14"}.run)
	}
}

// TestDateCensusDigits covers dates printed in Arabic-Indic and Persian
// digits, and in the Solar Hijri calendar Iranian pages print.
func TestDateCensusDigits(t *testing.T) {
	for _, c := range []struct{ name, lang, line string }{
		{"Arabic-Indic digits, a month name", "ar", "١٤ مارس ٢٠٢٤"},
		{"Arabic-Indic digits, numeric", "ar", "٢٠٢٤/٠٣/١٤"},
		{"Persian digits, a Gregorian month name", "fa", "۱۴ مارس ۲۰۲۴"},
		{"Persian digits, numeric", "fa", "۲۰۲۴/۰۳/۱۴"},
		{"Persian digits, the Solar Hijri calendar", "fa", "۲۴ اسفند ۱۴۰۲"},
		{"the Solar Hijri calendar with a weekday", "fa", "پنجشنبه، ۲۴ اسفند ۱۴۰۲"},
	} {
		t.Run(c.name, censusCase{src: censusPage(c.lang, ``, `<p class="date">`+c.line+`</p>`, ``), published: "2024-03-14"}.run)
	}
}

// TestDateCensusNumericOrder covers a numeric date line whose order the
// page's language or its other dates settle.
func TestDateCensusNumericOrder(t *testing.T) {
	for _, c := range []censusCase{
		{name: "German, dots", src: censusPage("de", ``, `<p class="date">01.04.2024</p>`, ``), published: "2024-04-01"},
		{name: "British English, slashes", src: censusPage("en-GB", ``, `<p class="date">01/04/2024</p>`, ``), published: "2024-04-01"},
		{name: "French, slashes", src: censusPage("fr", ``, `<p class="date">01/04/2024</p>`, ``), published: "2024-04-01"},
		{name: "US English, slashes", src: censusPage("en-US", ``, `<p class="date">01/04/2024</p>`, ``), published: "2024-01-04"},
		{name: "day-first by another date on the page", src: censusPage("en", ``, `<p class="date">01/04/2024</p>`, `<aside class="related"><h3>More</h3><ul><li><a href="/a">Ferry fares to rise</a> 25/03/2024</li></ul></aside>`), published: "2024-04-01"},
		{name: "ISO date", src: censusPage("fr", ``, `<p class="date">2024-03-14</p>`, ``), published: "2024-03-14"},
	} {
		t.Run(c.name, c.run)
	}
}

// TestDateCensusLeaveAlone covers dates a page prints that are not its
// publish date: a comment's, a sidebar's, an event's in a sentence, the
// copyright year, one after the crawl date.
func TestDateCensusLeaveAlone(t *testing.T) {
	for _, c := range []censusCase{{
		name: "a comment's date",
		src:  censusPage("en", ``, ``, `<section class="comments"><h3>2 Comments</h3><div class="comment"><span class="comment-author">Sam</span> <time datetime="2024-03-20T08:00:00Z">March 20, 2024 at 8:00 am</time><p>Good news at last for the harbour.</p></div></section>`),
	}, {
		name: "a sidebar's dates",
		src:  censusPage("en", ``, ``, `<aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/a">Ferry fares to rise</a> <span class="date">March 2, 2024</span></li><li><a href="/b">New lifeboat named</a> <span class="date">February 20, 2024</span></li></ul></aside>`),
	}, {
		name: "an event's date in a sentence",
		src:  censusPage("en", ``, `<p>The board will hold a public meeting on March 30, 2024 at the town hall to show residents the plans for the new pier.</p>`, ``),
	}, {
		name: "the copyright year",
		src:  censusPage("en", ``, ``, `<p class="copyright">Copyright 2024 Coast News. All rights reserved.</p>`),
	}, {
		name: "a comment's Unix time in a data attribute",
		src:  censusPage("en", ``, ``, `<section class="comments"><div class="c"><span class="who">Sam</span> <span class="when" data-timestamp="1710925200"></span><p>Good news.</p></div></section>`),
	}, {
		name: "a data attribute's Unix time after the crawl date", crawl: "2024-03-01",
		src: censusPage("en", ``, `<div class="byline">By Jane Doe <span class="date" data-timestamp="1710407520"></span></div>`, ``),
	}, {
		name: "a date after the crawl date", crawl: "2024-03-01",
		src: censusPage("en", `<meta property="article:published_time" content="2024-03-14T09:12:00Z">`, ``, ``),
	}, {
		name:      "the publish date, not the comment's, with both",
		src:       censusPage("en", ``, `<p class="date">March 14, 2024</p>`, `<section class="comments"><div class="comment"><time datetime="2024-03-20T08:00:00Z">March 20, 2024</time><p>Good news.</p></div></section>`),
		published: "2024-03-14",
	}} {
		t.Run(c.name, c.run)
	}
}

// TestDateCensusPrecision checks that a day's first source lends it the
// time and zone a later source on the same day gives, and only then: not
// a midnight (a date stored as a time), not another clock.
func TestDateCensusPrecision(t *testing.T) {
	h := func(dt, printed string) []byte {
		return censusPage("en", ``, `<div class="meta"><span class="date">`+printed+`</span></div>`, `<p class="story-info">Filed at <time datetime="`+dt+`">the harbour desk</time></p>`)
	}
	for _, c := range []censusCase{
		{name: "the zone of the same clock", src: h("2024-03-14T12:00:00+01:00", "Mar 14, 2024 12:00"), published: "2024-03-14T12:00:00+01:00"},
		{name: "a time where the print has none", src: h("2024-03-14T09:12:00+01:00", "Mar 14, 2024"), published: "2024-03-14T09:12:00+01:00"},
		{name: "leave alone: a midnight", src: h("2024-03-14T00:00:00+00:00", "Mar 14, 2024"), published: "2024-03-14"},
		{name: "leave alone: another clock", src: h("2024-03-14T09:12:00+01:00", "Mar 14, 2024 12:00"), published: "2024-03-14T12:00:00"},
		{name: "leave alone: another day", src: h("2024-03-13T09:12:00+01:00", "Mar 14, 2024"), published: "2024-03-14"},
	} {
		t.Run(c.name, c.run)
	}
}

// TestDateCensusValueForms covers the forms a publish date's value takes
// in metadata beyond ISO 8601 with a colon in its offset.
func TestDateCensusValueForms(t *testing.T) {
	ld := func(v string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":` + v + `}</script>`
	}
	for _, c := range []struct{ name, head, published string }{
		{"an offset without its colon", ld(`"2024-03-14T09:12:00+0100"`), "2024-03-14T09:12:00+01:00"},
		{"milliseconds and an offset without its colon", ld(`"2024-03-14T09:12:00.000+0100"`), "2024-03-14T09:12:00+01:00"},
		{"a space for the T", ld(`"2024-03-14 09:12:00"`), "2024-03-14T09:12:00"},
		{"a month's name", ld(`"March 14, 2024"`), "2024-03-14"},
		{"RFC 1123", ld(`"Thu, 14 Mar 2024 09:12:00 +0000"`), "2024-03-14T09:12:00+00:00"},
		{"a slashed date, year first", ld(`"2024/03/14"`), "2024-03-14"},
		{"dateCreated alone", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","dateCreated":"2024-03-14T09:12:00Z"}</script>`, "2024-03-14T09:12:00+00:00"},
		{"a breadcrumb list first, the article second", `<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[]}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","datePublished":"2024-03-14T09:12:00Z"}</script>`, "2024-03-14T09:12:00+00:00"},
		{"article:published_time as a name", `<meta name="article:published_time" content="2024-03-14T09:12:00Z">`, "2024-03-14T09:12:00+00:00"},
		{"a meta's date with a space and an offset", `<meta property="article:published_time" content="2024-03-14 09:12:00 +0100">`, "2024-03-14T09:12:00+01:00"},
		{"a meta's date day first", `<meta name="date" content="14.03.2024">`, "2024-03-14"},
	} {
		t.Run(c.name, censusCase{src: censusPage("en", c.head, ``, ``), published: c.published}.run)
	}
}

// TestDateCensusOtherDates covers more dates a page prints that are not
// its publish date, beside the one it is, or alone.
func TestDateCensusOtherDates(t *testing.T) {
	const own = `<p class="date">March 14, 2024</p>`
	for _, c := range []censusCase{{
		name: "a ticker's times above the headline",
		src: []byte(`<!doctype html><html lang="en"><head><title>Harbour board to rebuild the ferry pier</title></head><body><div class="ticker"><a href="/a">Ferry fares to rise</a> <time datetime="2024-03-20T08:00:00Z">08:00</time> <a href="/b">Lifeboat named</a> <time datetime="2024-03-20T07:00:00Z">07:00</time></div><article><h1>Harbour board to rebuild the ferry pier</h1>` +
			censusStory + `</article></body></html>`),
	}, {
		name: "a caption's date",
		src:  censusPage("en", ``, `<figure><img src="/pier.jpg" alt=""><figcaption>The old pier on February 2, 2024. Photo: Sam Lee</figcaption></figure>`, ``),
	}, {
		name: "an event box's labelled date",
		src:  censusPage("en", ``, ``, `<div class="event-info"><p>Date: March 30, 2024</p><p>Place: Town hall</p></div>`),
	}, {
		name: "a cookie notice's date",
		src:  censusPage("en", ``, ``, `<div class="cookie-banner"><p>Our privacy policy was last updated on January 1, 2024. Accept cookies?</p></div>`),
	}, {
		name: "an archive list's months",
		src:  censusPage("en", ``, ``, `<aside class="widget_archive"><h3>Archives</h3><ul><li><a href="/2024/03/">March 2024</a></li><li><a href="/2024/02/">February 2024</a></li></ul></aside>`),
	}, {
		name:      "the own date over a ticker's",
		src:       []byte(`<!doctype html><html lang="en"><head><title>Harbour board to rebuild the ferry pier</title></head><body><div class="ticker"><time datetime="2024-03-20T08:00:00Z">08:00</time> <a href="/a">Ferry fares to rise</a></div><article><h1>Harbour board to rebuild the ferry pier</h1>` + own + censusStory + `</article></body></html>`),
		published: "2024-03-14",
	}, {
		name:      "the own date over an event box's",
		src:       censusPage("en", ``, own, `<div class="event-info"><p>Date: March 30, 2024</p></div>`),
		published: "2024-03-14",
	}} {
		t.Run(c.name, c.run)
	}
}

// TestDateCensusRelative covers a story's age under the headline in the
// census's languages, read against the crawl date, and left alone without
// one.
func TestDateCensusRelative(t *testing.T) {
	for _, c := range []struct{ lang, line string }{
		{"en", "2 days ago"}, {"fr", "il y a 2 jours"}, {"de", "vor 2 Tagen"}, {"es", "hace 2 días"},
		{"it", "2 giorni fa"}, {"pt", "há 2 dias"}, {"nl", "2 dagen geleden"}, {"sv", "för 2 dagar sedan"},
		{"da", "for 2 dage siden"}, {"nb", "for 2 dager siden"}, {"pl", "2 dni temu"}, {"ru", "2 дня назад"},
		{"uk", "2 дні тому"}, {"tr", "2 gün önce"}, {"id", "2 hari yang lalu"}, {"ja", "2日前"},
		{"zh", "2天前"}, {"ko", "2일 전"}, {"ar", "منذ يومين"}, {"cs", "před 2 dny"},
		{"ro", "acum 2 zile"}, {"vi", "2 ngày trước"}, {"hu", "2 napja"}, {"fi", "2 päivää sitten"},
	} {
		t.Run(c.lang, censusCase{crawl: "2024-03-16", src: censusPage(c.lang, ``, `<p class="date">`+c.line+`</p>`, ``), published: "2024-03-14"}.run)
	}
	t.Run("no crawl date", censusCase{src: censusPage("en", ``, `<p class="date">2 days ago</p>`, ``)}.run)
}

// TestDateCensusOtherMarkup covers other stories' marked dates: a card
// above the story marking its own datePublished, a related post's
// hAtom stamp.
func TestDateCensusOtherMarkup(t *testing.T) {
	const card = `<aside class="related"><div itemscope itemtype="https://schema.org/NewsArticle"><a href="/fares" itemprop="url"><span itemprop="headline">Ferry fares to rise</span></a><time itemprop="datePublished" datetime="2024-02-02">Feb 2</time></div></aside>`
	for _, c := range []censusCase{{
		name:      "a card's microdata before the story's date line",
		src:       []byte(`<!doctype html><html lang="en"><head><title>Harbour board to rebuild the ferry pier</title></head><body>` + card + `<article><h1>Harbour board to rebuild the ferry pier</h1><p class="date">March 14, 2024</p>` + censusStory + `</article></body></html>`),
		published: "2024-03-14",
	}, {
		name:      "a related post's hAtom stamp after the story's",
		src:       censusPage("en", ``, `<p class="date">March 14, 2024</p>`, `<aside class="related"><div class="hentry"><a href="/fares">Ferry fares to rise</a> <abbr class="published" title="2024-02-02T10:00:00Z">Feb 2</abbr></div></aside>`),
		published: "2024-03-14",
	}} {
		t.Run(c.name, c.run)
	}
}
