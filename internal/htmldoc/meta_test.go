package htmldoc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMeta(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             Meta
	}{{
		name: "JSON-LD NewsArticle beats OpenGraph",
		head: `<title>Title tag - Site</title>
		<meta property="og:title" content="OG title">
		<meta property="article:published_time" content="2020-01-01">
		<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
		 "headline":"LD headline","datePublished":"2021-03-14T10:00:00+04:00","dateModified":"2021-03-15",
		 "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
		 "publisher":{"@type":"Organization","name":"Daily Planet"},"articleSection":["World","Europe"],
		 "articleBody":"Body &amp; soul.","inLanguage":"en-GB","description":"Desc"}</script>`,
		want: Meta{Title: "LD headline", Description: "Desc", Section: "World", SiteName: "Daily Planet",
			Language: "en-GB", Published: "2021-03-14T10:00:00+04:00", Modified: "2021-03-15",
			Authors: []string{"Ann Lee", "Bo Chen"}, Body: "Body & soul.", PublishedSource: "json-ld"},
	}, {
		name: "@graph with references and a type array",
		head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
		 {"@type":"WebSite","@id":"#site","name":"Site"},
		 {"@type":"Person","@id":"#p1","name":"Jo Smith"},
		 {"@type":"Organization","@id":"#org","name":"Org Name"},
		 {"@type":["ReportageNewsArticle","Article"],"headline":"Graph head","datePublished":"2022-05-05",
		  "author":{"@id":"#p1"},"publisher":{"@id":"#org"},"mainEntityOfPage":{"@id":"https://x.test/a"}}]}</script>`,
		want: Meta{Title: "Graph head", SiteName: "Org Name", WebSiteName: "Site", URL: "https://x.test/a",
			Published: "2022-05-05", Authors: []string{"Jo Smith"}, PublishedSource: "json-ld"},
	}, {
		name: "top-level array, BlogPosting nested in WebPage",
		head: `<script type="application/ld+json">[{"@type":"BreadcrumbList"},
		 {"@type":"WebPage","datePublished":"2019-01-01","mainEntity":{"@type":"BlogPosting",
		 "headline":"Post","datePublished":"2019-01-02","author":"Single Author"}}]</script>`,
		want: Meta{Title: "Post", Published: "2019-01-02", Authors: []string{"Single Author"}, PublishedSource: "json-ld"},
	}, {
		name: "broken JSON-LD repaired: raw line breaks and trailing commas",
		head: "<script type=\"application/ld+json\"><!--\n{\"@type\":\"NewsArticle\",\"headline\":\"Fixed\",\n" +
			"\"articleBody\":\"Line one\nLine two\",\"datePublished\":\"2023-02-02\",}\n--></script>",
		want: Meta{Title: "Fixed", Published: "2023-02-02", Body: "Line one Line two", PublishedSource: "json-ld"},
	}, {
		name: "JSON-LD with comments, and a comment-like string left alone",
		head: `<script type="application/ld+json">{"@type": "Article", // or "BlogPosting"
		/* block
		comment */ "headline": "A // B /* C */", "datePublished": "2020-02-02"}</script>`,
		want: Meta{Title: "A // B /* C */", Published: "2020-02-02", PublishedSource: "json-ld"},
	}, {
		name: "JSON-LD beyond repair: fields read by pattern",
		head: `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Oil \"falls\"",
		"description": 'single quoted', "datePublished": "2019-11-19T10:00:00Z",
		"author": [{"@type": "Person", "name": "Jane Roe"}]}</script>`,
		want: Meta{Title: `Oil "falls"`, Published: "2019-11-19T10:00:00Z", Authors: []string{"Jane Roe"}, PublishedSource: "json-ld"},
	}, {
		name: "MedicalWebPage used when there is no article",
		head: `<script type="application/ld+json">{"@type":"MedicalWebPage","headline":"Tips","datePublished":"2019-11-14"}</script>`,
		want: Meta{Title: "Tips", Published: "2019-11-14", PublishedSource: "json-ld"},
	}, {
		name: "OpenGraph and article tags",
		head: `<meta property="og:title" content="OG &amp;amp; title"><meta property="og:site_name" content="The Site">
		<meta property="og:url" content="https://s.test/og"><meta property="og:locale" content="ru_RU">
		<meta property="article:section" content="Politics">
		<meta property="article:published_time" content="2024-01-18T09:00:00Z">
		<meta property="article:modified_time" content="2024-01-19">
		<meta property="article:author" content="https://facebook.com/someone">
		<meta name="author" content="Real Name">
		<meta name="description" content="  Plain
		description ">`,
		want: Meta{Title: "OG & title", Description: "Plain description", Section: "Politics",
			SiteName: "The Site", URL: "https://s.test/og", Language: "ru-RU",
			Published: "2024-01-18T09:00:00Z", Modified: "2024-01-19", Authors: []string{"Real Name"},
			PublishedSource: "opengraph"},
	}, {
		name: "plain meta tags, canonical, lang, title",
		head: `<title> Just   a title </title><link rel="alternate canonical" href="/canon">
		<meta name="pubdate" content="20240118"><meta name="byl" content="By Kim Park">`,
		body: `<html lang="hy">`,
		want: Meta{Title: "Just a title", URL: "/canon", Language: "hy", Published: "20240118",
			Authors: []string{"Kim Park"}, PublishedSource: "meta"},
	}, {
		name: "microdata in the body",
		body: `<article><meta itemprop="datePublished" content="2018-07-07"><h1>H</h1>
		<time itemprop="dateModified" datetime="2018-07-08">8 July</time></article>`,
		want: Meta{Published: "2018-07-07", Modified: "2018-07-08", PublishedSource: "microdata", TimeModified: "2018-07-08"},
	}, {
		name: "hAtom abbr titles: the publication and the update; an abbreviation left alone",
		body: `<article><h1>H</h1><abbr title="World Health Organization" class="published">WHO</abbr>
		<abbr class="published" title="2019-03-04T10:00:00Z">March 4</abbr>
		<abbr class="updated" title="2019-03-05">March 5</abbr></article>`,
		want: Meta{TimePublished: "2019-03-04T10:00:00Z", TimeModified: "2019-03-05"},
	}, {
		name: "non-article JSON-LD ignored",
		head: `<title>T</title><script type="application/ld+json">{"@type":"Organization","name":"Org"}</script>`,
		want: Meta{Title: "T"},
	}, {
		name: "the author an SEO plugin's twitter label names",
		head: `<title>T</title><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="7 minutes">
		<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Mira (Sen) Kapoor">`,
		want: Meta{Title: "T", Authors: []string{"Mira (Sen) Kapoor"}},
	}, {
		name: "a twitter label's administrator account is no author",
		head: `<title>T</title><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="siteadmin">`,
		want: Meta{Title: "T"},
	}, {
		name: "a meta author comes before a twitter label's",
		head: `<title>T</title><meta name="author" content="Ola Berg"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Web Team">`,
		want: Meta{Title: "T", Authors: []string{"Ola Berg"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "<!doctype html>" + tt.body + "<head>" + tt.head + "</head><body><p>text</p></body>"
			if strings.HasPrefix(tt.body, "<html") {
				src = "<!doctype html>" + tt.body + "<head>" + tt.head + "</head><body><p>text</p></body></html>"
			} else if tt.body != "" {
				src = "<!doctype html><head>" + tt.head + "</head><body>" + tt.body + "</body>"
			}
			doc := mustParse(t, src)
			got := doc.Meta
			// The title's sources one by one are tested in TestTitleSources.
			got.HeadlineLD, got.OGTitle, got.TitleTag = "", "", ""
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Meta (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONLDUnparseable(t *testing.T) {
	doc := mustParse(t, `<script type="application/ld+json">{"@type": NewsArticle</script><p>x</p>`)
	if len(doc.Warnings) == 0 || doc.Warnings[0].Kind != WarnJSONLD || !strings.Contains(doc.Warnings[0].Detail, "JSON-LD script 1 skipped") {
		t.Errorf("Warnings = %q, want a JSON-LD warning", doc.Warnings)
	}
	if doc.Meta.Title != "" {
		t.Errorf("Title = %q, want none", doc.Meta.Title)
	}
}

func TestTitleSources(t *testing.T) {
	doc := mustParse(t, `<!doctype html><head><title>Tag title | Site</title>
	<meta property="og:title" content="OG title">
	<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline"}</script>
	</head><body><p>text</p></body>`)
	m := doc.Meta
	if m.HeadlineLD != "LD headline" || m.OGTitle != "OG title" || m.TitleTag != "Tag title | Site" || m.Title != "LD headline" {
		t.Errorf("got headline %q, og %q, tag %q, title %q", m.HeadlineLD, m.OGTitle, m.TitleTag, m.Title)
	}
}
