package clean

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/testkit"
)

// TestRawPublishedIndex checks that the windowed search finds what the
// plain regexp finds, at the same offsets, on strings built from the
// pieces of the pattern (keys, quotes, backslashes, entities, dates) and
// noise around them.
func TestRawPublishedIndex(t *testing.T) {
	testkit.SkipUnderRace(t, "the raw date scan against its expression over built keys, on one goroutine")
	pieces := []string{`\`, `\\`, `"`, `&quot;`, `&`, `:`, ` `, "\n", `x`, `ubli`, `p`,
		`datePublished`, `date_published`, `publishedAt`, `published_at`, `publishDate`, `publicationDate`, `publishedDate`, `publish_date`, `firstPublishedAt`,
		`firstPublished`, `publishedTime`, `article_publish_date`, `'`, `var `, `const `, `let`, `c`, `=`, `;`,
		`datePub`, `2025-11-17`, `2025-1`, `1763388000`, `000`, `,`, `}`, `{`, `first_publish_date`, `content_publish_date`, `first_published_at`, `T09:00:00`, ` 09:00`, `.123`, `Z`, `+05:00`, `-0500`, `+05:`, `7`}
	cases := []string{
		``, `"datePublished":"2025-11-17"`, `\"datePublished\":\"2025-11-17T09:00:00-05:00\"`,
		`&quot;publishDate&quot;: &quot;2024-02-03 10:11:12Z&quot;`, `x\\\\\\"published_at\\\\\\":\\\\"2021-01-01"`,
		`"datePublished":"soon" "publishedAt" : "2020-05-06T07:08"`,
		`"publishedAt":1763388000,`, `\"publishDate\":\"1763388000000\"`, `"publishedAt":17633880001}`, `"publishedAt":1763388000`,
		`var publishDate = "2025-12-03T08:15:00+01:00";`, `const article_publish_date='2025-12-01';`, `x.const firstPublished = 1763388000;`,
		`{'article_publish_date': '2025-12-01 07:40:00'}`, `var  publishDate = "2025-12-03"`,
		`{published_at:"2025-11-17T09:00:00Z"}`, `[1,publishDate:1763388000}`, `x{ publishedAt:"2025-11-17"}`, `a.publishedAt:"2025-11-17"`,
		`"first_publish_date":"2025-03-05T10:12:00.000Z"`, `"xfirst_publish_date":"2025-03-05"`,
		`&quot;content_publish_date&quot;:&quot;2025-03-05 10:12&quot;`, `\\\"first_published_at\\\":\\\"2025-03-05T10:12:00Z\\\"`,
	}
	// A key's entry: each part is one of a few forms, some of them wrong.
	parts := [][]string{
		{``, `\`, `\\\`, `x`, `var `, `const  `, `let `, `{`, `,`},
		{`"`, `&quot;`, `&quo;`, ``, `'`},
		{`datePublished`, `date_published`, `publishedAt`, `published_at`, `publishDate`, `publicationDate`, `publishedDate`, `publish_date`, `firstPublishedAt`, `datePublish`, `Published`,
			`firstPublished`, `publishedTime`, `article_publish_date`, `first_publish_date`, `content_publish_date`, `first_published_at`},
		{`"`, `\"`, `&quot;`, `'`, ``},
		{``, ` `, "\n\t "},
		{`:`, `=`, ` =`},
		{``, `  `},
		{`"`, `\\\"`, `&quot;`, `&amp;`},
		{`2025-11-17`, `2025-1-17`, `20251117`, `1763388000`, `1763388000000`, `176338800`},
		{``, `T09:00`, `T09:00:00.123456789012`, ` 09:00:00`, `T9:00`},
		{``, `Z`, `+05:00`, `-0500`, `+05:`, `+5`},
	}
	r := rand.New(rand.NewPCG(7, 9))
	for range 30000 {
		var b strings.Builder
		for range r.IntN(30) {
			if r.IntN(4) > 0 {
				b.WriteString(pieces[r.IntN(len(pieces))])
				continue
			}
			for _, forms := range parts {
				b.WriteString(forms[r.IntN(len(forms))])
			}
		}
		cases = append(cases, b.String())
	}
	found := 0
	for _, c := range cases {
		want := rawPublished.FindSubmatchIndex([]byte(c))
		got := rawPublishedIndex([]byte(c))
		if !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", c, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d of %d cases hold a match; the generator misses the pattern", found, len(cases))
	}
}

// TestScriptPublishedForms checks that a script's publish time written as a
// Unix time, in seconds or milliseconds, is read as its day in the zone of
// the page's other times (UTC when they name none), that
// the keys headless publishing systems use are read (Substack's post_date,
// Parse.ly's pub_date too), a data attribute's Unix time right under the
// headline, an ISO date in an attribute named for the publication on the
// headline or by it, and that other keys' times, numbers of other lengths,
// and data attributes far below the headline, after a comment thread's
// mark or above the headline are not.
func TestScriptPublishedForms(t *testing.T) {
	cases := []struct{ src, want string }{
		{`<script>self.__state={"post":{"id":4417,"publishedAt":1763388000,"title":"x"}}</script>`, "2025-11-17T14:00:00+00:00"},
		{`<script id="__NEXT_DATA__">{"props":{"article":{"publishDate":"1763388000000"}}}</script>`, "2025-11-17T14:00:00+00:00"},
		{`<script>{"story":{"firstPublishedAt":"2025-11-17T09:30:00+01:00"}}</script>`, "2025-11-17T09:30:00+01:00"},
		{`<script>var dataLayer=[{"content_publish_date":"2025-11-17 09:30","id":"7"}];</script>`, "2025-11-17T09:30:00"},
		{`<script id="__NEXT_DATA__">{"page":{"first_published_at":"2025-11-17T09:30:00Z","last_published_at":"2025-12-01T08:00:00Z"}}</script>`, "2025-11-17T09:30:00+00:00"},
		{`<script>window.page = {"publishedDate":"2025-11-17","publish_date":"2025-11-18"}</script>`, "2025-11-17"},
		{`<script>{"post":{"publishedAt":1763420400}}</script><script type="application/ld+json">{"@type":"WebPage","dateModified":"2025-11-19T10:00:00-05:00"}</script>`, "2025-11-17T18:00:00-05:00"},
		{`<script>{"post":{"updatedAt":1763388000,"views":1763388000}}</script>`, ""},
		{`<script>{"post":{"publishedAt":17633880001}}</script>`, ""},
		// keys without "publi", and a data attribute's Unix time under the headline
		{`<script>window._preloads = JSON.parse("{\"post\":{\"id\":1,\"post_date\":\"2024-03-14T09:12:00.000Z\"}}")</script>`, "2024-03-14T09:12:00+00:00"},
		{`<meta name="parsely-page" content="{&quot;title&quot;:&quot;x&quot;,&quot;pub_date&quot;:&quot;2024-03-14T09:12:00Z&quot;}">`, "2024-03-14T09:12:00+00:00"},
		{`<script>{"post":{"datePublished":"2024-03-10","post_date":"2024-03-14"}}</script>`, "2024-03-10"},
		{`<script>{"event":{"start_date":"2024-03-14","end_date":"2024-03-15"}}</script>`, ""},
		{`<h1>Pier</h1><div class="byline">Jane <span data-timestamp="1710407520"></span></div>`, "2024-03-14T09:12:00+00:00"},
		{`<h1>Pier</h1><div class="byline">Jane <span data-time='1710407520000'>x</span></div>`, "2024-03-14T09:12:00+00:00"},
		{`<h1>Pier</h1><a href="#comments">3 comments</a><span data-timestamp="1710407520"></span>`, ""},
		{`<h1>Pier</h1><p>` + strings.Repeat("x", attrEpochWindow) + `</p><span data-timestamp="1710407520"></span>`, ""},
		{`<span data-timestamp="1710407520"></span><h1>Pier</h1>`, ""},
		{`<h1>Pier</h1><span data-timestamp="17104075201"></span>`, ""},
		// an ISO date in an attribute named for the publication, on the
		// headline or by it (a data attribute, an RDFa property's content),
		// not an update's, a calendar's, nor one past a comment thread's
		// mark or above the headline
		{`<h1 data-published="2024-03-13T10:00:00Z">Pier</h1>`, "2024-03-13T10:00:00+00:00"},
		{`<h1>Pier</h1><span class="date" data-updated-at="2024-03-14T10:00:00Z" data-published-at="2024-03-13T10:00:00Z">Wed</span>`, "2024-03-13T10:00:00+00:00"},
		{`<h1>Pier</h1><div class="byline"><span property="datePublished" content="2024-03-13">Wed</span></div>`, "2024-03-13"},
		{`<h1>Pier</h1><span content="2024-03-13" datatype="xsd:date" property="dc:date dc:created">Wed</span>`, "2024-03-13"},
		{`<h1>Pier</h1><span class="date" data-updated-at="2024-03-14T10:00:00Z">Thu</span>`, ""},
		{`<h1>Pier</h1><span property="schema:dateCreated" content="2024-03-13T10:00:00+00:00" class="rdf-meta hidden"></span>`, "2024-03-13T10:00:00+00:00"},
		{`<h1>Pier</h1><span property="dcterms:date" content="2024-03-13">Wed</span>`, "2024-03-13"},
		{`<h1>Pier</h1><span property="dateModified" content="2024-03-14">Thu</span>`, ""},
		{`<h1>Pier</h1><span property="schema:dateCreatedBy" content="2024-03-14">Thu</span>`, ""},
		{`<h1>Pier</h1><table><td data-date="2024-03-13">13</td></table>`, ""},
		{`<h1>Pier</h1><a href="#comments">3 comments</a><span data-published="2024-03-13">x</span>`, ""},
		{`<span data-published="2024-03-13">x</span><p>Other story</p><h1>Pier</h1>`, ""},
		{`<h1>Pier</h1><span data-published="2024-03-13x">x</span>`, ""},
		// a date or time element's title by the headline, when its text
		// prints less (Wix's "Mar 14", "3 days ago"); not an update's, not
		// one without its year, not a title on an element of no date
		{`<h1>Pier</h1><div class="post-metadata"><span class="post-metadata__date time-ago" data-hook="time-ago" title="Mar 13, 2024">Mar 13</span></div>`, "2024-03-13"},
		{`<h1>Pier</h1><span class="time-ago" title="13 March 2024 10:00">3 days ago</span>`, "2024-03-13T10:00:00"},
		{`<h1>Pier</h1><span class="date updated" title="Mar 14, 2024">Thu</span>`, ""},
		{`<h1>Pier</h1><span class="post-date" title="Mar 13">Mar 13</span>`, ""},
		{`<h1>Pier</h1><a href="/archive" title="March 13, 2024">Archive</a>`, ""},
		{`<h1>Pier</h1><a href="#comments">3 comments</a><span class="time-ago" title="Mar 13, 2024">x</span>`, ""},
		{`<span class="time-ago" title="Mar 13, 2024">x</span><p>Other story</p><h1>Pier</h1>`, ""},
	}
	for _, c := range cases {
		if got := scriptDay(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}

// TestRawPublishedScriptForms checks the forms of a script's publish date
// besides JSON's double-quoted keys: single quotes (a data layer's) and a
// variable of its own, with one space after var, let or const; and that a
// key the list does not hold (a bare firstPublished: an A/B test's
// settings on a WCXB train page give it), or a variable of another name,
// is not read.
func TestRawPublishedScriptForms(t *testing.T) {
	for src, want := range map[string]string{
		`var publishDate = "2025-12-03T08:15:00+01:00";`:                                          "2025-12-03T08:15:00+01:00",
		`dataLayer.push({'pageType': 'article', 'article_publish_date': '2025-12-01 07:40:00'});`: "2025-12-01 07:40:00",
		`let publishedTime='2025-11-29';`:                                                         "2025-11-29",
		`window.s={"story":{"publishedTime":1764669600}}`:                                         "1764669600",
		`var updateDate = "2025-12-03";`:                                                          "",
		`var  publishDate = "2025-12-03";`:                                                        "",
		`"experiment":{"startDate":1743616800000,"firstPublished":1743603405670}`:                 "",
		`{'pubDate': '2025-12-03'}`:                                                               "",
	} {
		got := ""
		if at := rawPublishedIndex([]byte(src)); at != nil {
			for g := 2; g <= 4; g += 2 {
				if at[g] >= 0 {
					got = src[at[g]:at[g+1]]
				}
			}
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

// scriptDay parses src as a page (a paragraph of story after it), reads
// its metadata's and visible dates (parseDates) and then its weakest
// sources (scriptPublished), and returns the script's date as ISO 8601,
// "" where none is taken.
func scriptDay(t *testing.T, src string) string {
	t.Helper()
	doc, err := htmldoc.Parse([]byte(src+"<p>Text.</p>"), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	m := doc.Meta
	parseDates(&m, nil, doc)
	scriptPublished(&m, []byte(src), "")
	return m.ScriptAt.ISO()
}
