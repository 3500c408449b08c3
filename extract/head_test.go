package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/extract"
)

// story is a body long enough to be found as the story.
const story = `<p>The city council voted on Tuesday to reopen the central library after two years of repairs, officials said after the meeting.</p>
<p>The building will open its doors to readers again next month, with a new reading room and a children's floor, the mayor said.</p>
<p>Repairs cost more than planned because the roof had to be replaced, the council's report says, and the work ran late.</p>`

// page builds an HTML page: head is the <head>'s content, top what comes
// before the story inside <article>.
func page(head, top string) []byte {
	return []byte("<!doctype html><html lang=en><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>" +
		top + story + "</article><footer>© Example Media</footer></body></html>")
}

type headCase struct {
	name      string
	url       string
	crawl     string // YYYY-MM-DD, or ""
	src       []byte
	published string
	from      string
	modified  string
	title     string
	kicker    string
	authors   []string
	outlet    string
}

func (c headCase) run(t *testing.T) {
	t.Helper()
	opts := &extract.Options{URL: c.url}
	if c.crawl != "" {
		opts.CrawlDate, _ = time.Parse("2006-01-02", c.crawl)
	}
	a, err := extract.HTMLBytes(c.src, "text/html; charset=utf-8", opts)
	if err != nil {
		t.Fatal(err)
	}
	type head struct {
		Published, From, Modified, Title, Kicker, Outlet string
		Authors                                          []string
	}
	got := head{a.Published, a.PublishedFrom, a.Modified, a.Title, a.Kicker, "", a.Authors}
	want := head{c.published, c.from, c.modified, c.title, c.kicker, c.outlet, c.authors}
	if a.Outlet != nil && c.outlet != "" {
		got.Outlet = a.Outlet.Name
	}
	if c.title == "" {
		got.Title = "" // not what the case is about
	}
	if c.authors == nil {
		got.Authors = nil
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("head (-want +got):\n%s", diff)
	}
}

func TestPublishedSources(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	for _, c := range []headCase{{
		name:      "a datePublished in a framework's state, escaped in an attribute",
		src:       page(`<script id="state" type="application/json">{"props":{"article":"{\"headline\":\"Library reopens\",\"datePublished\":\"2025-11-17T09:00:00-05:00\"}"}}</script>`, h1),
		published: "2025-11-17T09:00:00-05:00", from: "meta",
	}, {
		name:      "the visible date line before a script's date",
		src:       page(`<div data-x="{&quot;datePublished&quot;:&quot;2024-12-17&quot;}"></div>`, h1+`<p>February 4, 2025</p>`),
		published: "2025-02-04", from: "date-line",
	}, {
		name:      "a date strip above the title, with the reading time",
		src:       page(``, `<nav><a href="/blog">Back to all articles</a></nav><nav><span>February 4, 2025 - 11 minutes</span></nav>`+h1),
		published: "2025-02-04", from: "date-line",
	}, {
		name:      "json-ld in @graph, with a WebPage beside the article",
		src:       page(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","headline":"Library reopens after repairs","datePublished":"2024-05-02T09:30:00+04:00","dateModified":"2024-05-03T10:00:00+04:00"}]}</script>`, h1),
		published: "2024-05-02T09:30:00+04:00", from: "json-ld", modified: "2024-05-03T10:00:00+04:00",
	}, {
		name:      "json-ld array, the date on a nested mainEntityOfPage",
		src:       page(`<script type="application/ld+json">[{"@type":"Organization","name":"Example Media"},{"@type":"WebPage","mainEntityOfPage":{"@type":"BlogPosting","headline":"Library reopens","datePublished":"2024-05-02"}}]</script>`, h1),
		published: "2024-05-02", from: "json-ld",
	}, {
		name:      "json-ld date in a form people write",
		src:       page(`<script type="application/ld+json">{"@type":"Article","datePublished":"Oct 31, 2025"}</script>`, h1),
		published: "2025-10-31", from: "json-ld",
	}, {
		name:      "article:published_time",
		src:       page(`<meta property="article:published_time" content="2024-05-02T09:30:00Z"><meta property="article:modified_time" content="2024-06-01T00:00:00Z">`, h1),
		published: "2024-05-02T09:30:00+00:00", from: "meta", modified: "2024-06-01T00:00:00+00:00",
	}, {
		name:      "Dublin Core",
		src:       page(`<meta name="DC.date.issued" content="2024-05-02">`, h1),
		published: "2024-05-02", from: "meta",
	}, {
		name:      "parsely",
		src:       page(`<meta name="parsely-pub-date" content="2024-05-02T09:30:00Z">`, h1),
		published: "2024-05-02T09:30:00+00:00", from: "meta",
	}, {
		name:      "sailthru",
		src:       page(`<meta name="sailthru.date" content="2024-05-02 09:30:00">`, h1),
		published: "2024-05-02T09:30:00", from: "meta",
	}, {
		name:      "meta name published",
		src:       page(`<meta name="published" content="July 17, 2025">`, h1),
		published: "2025-07-17", from: "meta",
	}, {
		name:      "itemprop datePublished",
		src:       page(``, h1+`<meta itemprop="datePublished" content="2024-05-02">`),
		published: "2024-05-02", from: "meta",
	}, {
		name:      "time datetime marked published, the update kept apart",
		src:       page(``, h1+`<div class="byline">Posted on <time class="entry-date published" datetime="2020-06-29T15:00:23-05:00">June 29, 2020</time><time class="updated" datetime="2021-11-12T10:41:18-06:00">November 12, 2021</time></div>`),
		published: "2020-06-29T15:00:23-05:00", from: "time", modified: "2021-11-12T10:41:18-06:00",
	}, {
		name:      "visible date line under the title",
		src:       page(``, h1+`<div class="meta">Jun 08, 2023 • 11 Minute Read</div>`),
		published: "2023-06-08", from: "date-line",
	}, {
		name:      "visible date line, the label in the block above",
		src:       page(``, h1+`<div>Published</div><div>July 8, 2025</div>`),
		published: "2025-07-08", from: "date-line",
	}, {
		name:      "the first <time datetime> of the content, when nothing else dates the page",
		src:       page(``, h1+`<p>The council's note, dated <time datetime="2024-05-02">2 May</time>, says the roof was replaced.</p>`),
		published: "2024-05-02", from: "time",
	}, {
		name: "leave alone: a <time> in an aside",
		src:  page(``, h1+`<aside><p>Storm closes schools <time datetime="2024-05-09">9 May</time></p></aside>`),
	}, {
		name:      "a line that labels its date, below the story",
		src:       page(``, h1+story+`<p>Posted by Jane Doe on 2025-12-18 in news.</p>`),
		published: "2025-12-18", from: "date-line",
	}, {
		name:      "url",
		url:       "https://example.com/2024/05/02/library-reopens",
		src:       page(``, h1),
		published: "2024-05-02", from: "url",
	}, {
		name:      "only an update time: taken, and said so",
		src:       page(``, h1+`<p>Last updated: 2025-02-22</p>`),
		published: "2025-02-22", from: "modified", modified: "2025-02-22",
	}, {
		name:      "modified never beats published",
		src:       page(`<meta property="article:modified_time" content="2025-02-22T00:00:00Z"><meta property="article:published_time" content="2021-08-12T19:35:44Z">`, h1+`<p>Last updated: 2025-02-22</p>`),
		published: "2021-08-12T19:35:44+00:00", from: "meta", modified: "2025-02-22T00:00:00+00:00",
	}, {
		name:      "the date line under the headline, earlier than the metadata's",
		src:       page(`<meta property="article:published_time" content="2025-06-24T00:00:00Z">`, h1+`<p>August 25, 2024</p>`),
		published: "2024-08-25", from: "date-line",
	}, {
		name:      "a date after the crawl date is rejected",
		crawl:     "2024-06-01",
		url:       "https://example.com/2024/05/02/library-reopens",
		src:       page(`<meta property="article:published_time" content="2030-01-01T00:00:00Z">`, h1),
		published: "2024-05-02", from: "url",
	}, {
		name:      "leave alone: a date the day after the crawl date (a zone ahead) is kept",
		crawl:     "2024-05-01",
		src:       page(`<meta property="article:published_time" content="2024-05-02T01:00:00+09:00">`, h1),
		published: "2024-05-02T01:00:00+09:00", from: "meta",
	}, {
		name: "leave alone: a date inside the story is no publish date",
		src:  page(``, h1+`<p>The library first opened on March 3, 1921, and has served the town since then, the city's archive says in a note.</p>`),
	}} {
		t.Run(c.name, c.run)
	}
}

func TestTitleTraps(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library reopens after repairs"}</script>`
	for _, c := range []headCase{{
		name:  "site suffix off <title>",
		src:   page(`<title>Library reopens after repairs | Example Media</title><meta property="og:site_name" content="Example Media">`, ``),
		title: "Library reopens after repairs", outlet: "Example Media",
	}, {
		name:  "site prefix off <title>",
		src:   page(`<title>Example Media: Library reopens after repairs</title><meta property="og:site_name" content="Example Media">`, ``),
		title: "Library reopens after repairs",
	}, {
		name:  "domain as the suffix",
		url:   "https://www.thesoftwarereport.com/x/",
		src:   page(`<title>The Top 25 Data Companies of 2025 - The Software Report</title>`, ``),
		title: "The Top 25 Data Companies of 2025",
	}, {
		name:  "leave alone: a dash inside the headline",
		src:   page(`<title>Armenia and Azerbaijan agree on border commission - talks to resume in spring</title>`, ``),
		title: "Armenia and Azerbaijan agree on border commission - talks to resume in spring",
	}, {
		name:  "a caption's heading is not the title",
		src:   page(ld, `<figure><h1>The reading room, before the repairs</h1></figure><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "nav labels are not the title",
		src:   page(ld, `<h1>Skip to Content Facebook Feature Image</h1><h1>Accessibility links</h1><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "the site's name in the <h1> is not the title",
		url:   "https://janedoe.example.com/2025/library",
		src:   page(`<title>Library reopens after repairs</title>`, `<h1>janedoe.example.com</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "a file's name in the <h1> is not the title",
		src:   page(`<meta property="og:title" content="Library reopens after repairs">`, `<h1>cityhall/notes.md</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "a standfirst of sentences in the <h1> is not the title",
		src:   page(`<meta property="og:title" content="Library reopens after repairs">`, `<h1>Learn what the repairs cost. See the new reading room and when it opens.</h1>`),
		title: "Library reopens after repairs",
	}, {
		name: "the headline that agrees with the metadata, far down the page",
		src: page(`<meta property="og:title" content="Library reopens after repairs">`,
			`<div><p>See the latest news from our city desk.</p></div>`+strings.Repeat(`<div><a href="/x">Menu entry</a></div>`, 90)+`<h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "a byline is not the title",
		src:   page(ld, `<h1>von Laura Eßlinger</h1><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "a share widget is not the title",
		src:   page(ld, `<h1>Kopiere den aktuellen Link</h1><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "a timestamp is not the title",
		src:   page(ld, `<h1>02/02/2025 KL. 09:00</h1><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs", published: "2025-02-02T09:00:00", from: "date-line",
	}, {
		name:  "a sidebar headline is not the title",
		src:   page(ld, `<aside><h1>Storm closes schools - 6 mins ago</h1></aside><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "the h1 that agrees with the metadata wins over an earlier one",
		src:   page(ld, `<h1>Latest news</h1><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs",
	}, {
		name:  "the kicker is kept out of the title",
		src:   page(ld, `<div class="kicker">Eskalation im Nahen Osten</div><h1>Library reopens after repairs</h1>`),
		title: "Library reopens after repairs", kicker: "Eskalation im Nahen Osten",
	}, {
		name:  "leave alone: a headline that starts like a trap word",
		src:   page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Share prices fall as markets open"}</script>`, `<h1>Share prices fall as markets open</h1>`),
		title: "Share prices fall as markets open",
	}} {
		t.Run(c.name, c.run)
	}
}

func TestHeadAuthors(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	for _, c := range []headCase{{
		name:    "By X",
		src:     page(``, h1+`<div>By Jane Doe | May 2, 2024</div>`),
		authors: []string{"Jane Doe"}, published: "2024-05-02", from: "date-line",
	}, {
		name:    "von X, several",
		src:     page(``, h1+`<div>von Laura Eßlinger und Max Muster</div>`),
		authors: []string{"Laura Eßlinger", "Max Muster"},
	}, {
		name:    "X, Reuters",
		src:     page(``, h1+`<div>Jane Doe, Reuters</div>`),
		authors: []string{"Jane Doe"},
	}, {
		name:    "Story by X",
		src:     page(``, h1+`<div>Story by Jane Doe</div>`),
		authors: []string{"Jane Doe"},
	}, {
		name:    "By over the name",
		src:     page(``, h1+`<div>By</div><div class="author">Sara Brown</div>`),
		authors: []string{"Sara Brown"},
	}, {
		name:    "JSON-LD author names",
		src:     page(`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>`, h1),
		authors: []string{"Jane Doe", "John Roe"},
	}, {
		name:    "the outlet is not an author",
		src:     page(`<meta property="og:site_name" content="Example Media"><meta name="author" content="Example Media">`, h1+`<div>By Jane Doe</div>`),
		authors: []string{"Jane Doe"},
	}, {
		name:    "a blogger's site bears the author's name",
		url:     "https://janedoe.example.com/notes/library",
		src:     page(`<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe">`, h1),
		authors: []string{"Jane Doe"},
	}, {
		name:    "a user handle in the metadata loses to the byline",
		src:     page(`<meta name="author" content="sara.brown77">`, h1+`<div>By Sara Brown</div>`),
		authors: []string{"Sara Brown"},
	}, {
		name:    "a link marked rel=author",
		src:     page(``, h1+`<address><div><a rel="author" href="/profile/sara-brown">Sara Brown</a></div></address>`),
		authors: []string{"Sara Brown"},
	}, {
		name:    "a link to the author's page",
		src:     page(``, h1+`<div><a href="/author/sara-brown">Sara Brown</a></div>`),
		authors: []string{"Sara Brown"},
	}, {
		name:    "By glued to the name",
		src:     page(``, h1+`<div>ByJane Doe</div>`),
		authors: []string{"Jane Doe"},
	}, {
		name:    "the date, then the byline",
		src:     page(``, h1+`<div>Published August 7, 2023 by Jane Doe</div>`),
		authors: []string{"Jane Doe"}, published: "2023-08-07", from: "date-line",
	}, {
		name:    "the metadata's name before a byline elsewhere on the page",
		src:     page(`<meta name="author" content="Jane Doe">`, h1+`<div>Tips by Season</div>`),
		authors: []string{"Jane Doe"},
	}, {
		name:    "an organisation in the metadata loses to the byline at the story's end",
		src:     page(`<meta name="author" content="Harbour Medicine Association">`, h1+`<p>`+strings.Repeat("The library reopened on Monday after two years of repairs. ", 3)+`</p><p>`+strings.Repeat("Readers came back in their hundreds to the old reading room. ", 3)+`</p><h2>Article written by:</h2><h3>Ana Lind, MD</h3>`),
		authors: []string{"Ana Lind"},
	}, {
		name:    "a name over the date line, without By",
		src:     page(``, h1+`<div>Ana Lind</div><div>August 25, 2024</div><p>`+strings.Repeat("The library reopened on Monday after two years of repairs. ", 3)+`</p>`),
		authors: []string{"Ana Lind"}, published: "2024-08-25", from: "date-line",
	}} {
		t.Run(c.name, c.run)
	}
}

// Pages that name no author give none: not the company that owns the site
// when only its site's name says so, not the bylines of other stories'
// cards below the story. (A company's page whose metadata names the
// company the author: extract/ownerorg_test.go.)
func TestNoAuthor(t *testing.T) {
	cards := strings.Repeat(`<div><h3>Another story from the archive today</h3><p>by The Desk Team</p></div>`, 6)
	for name, src := range map[string][]byte{
		"the company's own name": page(`<meta property="og:site_name" content="PipeWorks">`, `<h1>Choosing a pipe</h1>`),
		"cards below the story":  []byte(strings.Replace(string(page(``, `<h1>Choosing a pipe</h1>`)), "</article>", "</article><section>"+cards+"</section>", 1)),
	} {
		t.Run(name, func(t *testing.T) {
			a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Authors) != 0 {
				t.Errorf("authors = %q, want none", a.Authors)
			}
		})
	}
}

// The meta description is evidence for the deck under an HTML headline.
func TestDeckFromDescription(t *testing.T) {
	src := page(`<meta name="description" content="The central library opens again next month after two years of repairs.">`,
		`<h1>Library reopens after repairs</h1><p class="standfirst">The central library opens again next month, after two years of repairs.</p>`)
	a, err := extract.HTMLBytes(src, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Deck != "The central library opens again next month, after two years of repairs." {
		t.Errorf("deck %q", a.Deck)
	}
}

func TestBylineTails(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	for _, c := range []headCase{{
		name:    "a date after the name",
		src:     page(``, h1+`<div>By Sofia Gonzalez December 3, 2024</div>`),
		authors: []string{"Sofia Gonzalez"}, published: "2024-12-03", from: "date-line",
	}, {
		name:    "a role after the name",
		src:     page(``, h1+`<div>By Will Judd Former Deputy Tech Editor</div>`),
		authors: []string{"Will Judd"},
	}, {
		name:    "leave alone: a name that is a month",
		src:     page(``, h1+`<div>By Theresa May</div>`),
		authors: []string{"Theresa May"},
	}, {
		name:    "leave alone: a staff name of two words",
		src:     page(``, h1+`<div>By Resy Staff</div>`),
		authors: []string{"Resy Staff"},
	}, {
		name: "leave alone: by in lower case is no byline",
		src:  page(``, h1+`<div>made by design</div>`),
	}} {
		t.Run(c.name, c.run)
	}
}
