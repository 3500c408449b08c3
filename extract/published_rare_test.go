package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// rarePage is an invented news page: head tags, then a headline, a
// byline and the story.
func rarePage(head, byline string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry service extended - Bay News</title>` + head +
		`</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>Ferry service extended through winter</h1>` + byline +
		`<p>The council voted on Tuesday to extend the ferry service across the bay through the winter months, after a season in which ridership grew by a third.</p>` +
		`<p>Officials said the extra sailings would cost about two million dollars, paid from the harbour fund that was set aside for repairs last year.</p>` +
		`<p>Residents of the island had asked for the change at three public meetings, where many said the last boat left too early for shift workers.</p>` +
		`</article></main><footer>Copyright Bay News</footer></body></html>`
}

// A publish date given only in a rarer CMS <meta> tag, or in Drupal's
// RDFa span by the headline (its hidden schema:dateCreated), is the
// page's, as is the date a Wix byline prints in full only in its title
// attribute; a common tag still comes first, and an RDFa date in a list of
// other posts under the story is not the page's.
func TestPublishedRareSources(t *testing.T) {
	for _, c := range []struct {
		name, head, byline, published, from, modified string
	}{
		{"Drupal RDFa span", "", `<div class="submitted"><span property="dc:date dc:created" content="2024-03-14T10:00:00+01:00" datatype="xsd:dateTime"></span><span>By Jane Doe</span></div>`,
			"2024-03-14T10:00:00+01:00", "meta", ""},
		{"bt:pubDate", `<meta name="bt:pubDate" content="2024-03-14T09:00:00Z">`, `<p class="byline">By Jane Doe</p>`, "2024-03-14T09:00:00+00:00", "meta", ""},
		{"prism.publicationDate", `<meta name="prism.publicationDate" content="2024-03-14">`, `<p class="byline">By Jane Doe</p>`, "2024-03-14", "meta", ""},
		{"Drupal 8 hidden schema:dateCreated", "", `<span property="schema:dateCreated" content="2024-03-14T10:00:00+00:00" class="rdf-meta hidden"></span><p class="byline">By Jane Doe</p>`,
			"2024-03-14T10:00:00+00:00", "meta", ""},
		{"RDFa meta tags, created and modified", `<meta property="dcterms:created" content="2024-03-14"><meta property="dcterms:modified" content="2024-05-01">`, `<p class="byline">By Jane Doe</p>`,
			"2024-03-14", "meta", "2024-05-01"},
		{"leave alone: og:pubdate after article:published_time", `<meta property="article:published_time" content="2024-03-12T08:00:00Z"><meta property="og:pubdate" content="2024-03-14T09:00:00Z">`, `<p class="byline">By Jane Doe</p>`,
			"2024-03-12T08:00:00+00:00", "meta", ""},
		{"Wix: the year in the date's title only", "", `<div class="post-metadata"><span class="author">Jane Doe</span><span class="post-metadata__date time-ago" data-hook="time-ago" title="Mar 14, 2024">Mar 14</span><span>2 min read</span></div>`,
			"2024-03-14", "meta", ""},
		{"leave alone: an update's title", "", `<div class="post-metadata"><span class="author">Jane Doe</span><span class="updated time-ago" title="Mar 14, 2024">Mar 14</span></div>`, "", "", ""},
		{"leave alone: RDFa dates of other posts under the story", "", "", "", "", ""},
		{"leave alone: content on a span without property", "", `<span class="stamp" content="2024-03-14"></span><p class="byline">By Jane Doe</p>`, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := rarePage(c.head, c.byline)
			if c.byline == "" {
				page = strings.Replace(page, "</article>", strings.Repeat(morePara, 24)+"</article>"+otherPosts, 1)
			}
			a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", &extract.Options{URL: "https://baynews.example.com/news/ferry-service"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published || a.PublishedFrom != c.from || !strings.HasPrefix(a.Modified, c.modified) || c.modified == "" && a.Modified != "" {
				t.Errorf("published %q from %q, modified %q; want %q from %q, modified %q", a.Published, a.PublishedFrom, a.Modified, c.published, c.from, c.modified)
			}
		})
	}
}

// morePara lengthens a story past the reach of the headline's attributes.
const morePara = `<p>The ferry company said it would hire six more crew for the winter and train them on the new boats before the first sailing in the dark.</p>`

// otherPosts is a list of other posts under a Drupal story, each with its
// RDFa date.
var otherPosts = `<aside class="related"><h2>More news</h2><ul>` +
	`<li><a href="/news/harbour-repairs">Harbour repairs begin</a><span property="dc:date dc:created" content="2024-02-01T10:00:00+00:00"></span></li>` +
	`<li><a href="/news/bridge-vote">Bridge vote delayed</a><span property="dc:date dc:created" content="2024-01-20T10:00:00+00:00"></span></li></ul></aside>`
