package htmldoc_test

import (
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

func ExampleParse() {
	page := `<html lang="en"><head>
<meta property="og:site_name" content="Daily Planet">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume",
 "datePublished":"2021-03-14","author":{"@type":"Person","name":"Lois Lane"}}</script>
</head><body>
<nav class="top-menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<article class="articleBody">
  <h1 itemprop="headline">Talks resume</h1>
  <p>BAKU, March 14. Talks <b>resumed</b> today.<br>More follows.</p>
</article></body></html>`
	doc, err := htmldoc.Parse([]byte(page), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range doc.Blocks {
		fmt.Printf("%-3s %-22s links=%.1f nav=%v words=%v %q\n",
			b.Tag, b.Path, b.LinkDensity, b.InNav, b.Words, b.Text)
	}
	m := doc.Meta
	fmt.Println(m.Title, "|", m.Published, "from", m.PublishedSource, "|", m.Authors, "|", m.SiteName, "|", m.Language)
	// Output:
	// nav body>nav               links=1.0 nav=true words=[top menu] "Home World"
	// h1  body>article>h1        links=0.0 nav=false words=[article body] "Talks resume"
	// p   body>article>p         links=0.0 nav=false words=[article body] "BAKU, March 14. Talks resumed today.\nMore follows."
	// Talks resume | 2021-03-14 from json-ld | [Lois Lane] | Daily Planet | en
}

func ExampleParseNode() {
	root, err := html.Parse(strings.NewReader(`<ul class="related-links"><li><a href="/a">Other story</a></li></ul>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := htmldoc.ParseNode(root, htmldoc.Limits{})
	for _, b := range doc.Blocks {
		fmt.Println(b.Tag, b.InList, b.LinkDensity, b.Words, b.Text)
	}
	// Output:
	// li true 1 [related links] Other story
}
