package extract_test

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/extract"
	"golang.org/x/net/html"
)

// allowed are the elements Article.HTML may write, each with the attributes
// it may carry.
var allowed = map[string]map[string]bool{
	"html": {"lang": true}, "head": {}, "meta": {"charset": true}, "title": {},
	"link": {"rel": true, "href": true}, "body": {}, "article": {}, "header": {},
	"h1": {}, "h2": {}, "h3": {}, "h4": {}, "h5": {}, "h6": {}, "p": {}, "br": {},
	"em": {}, "strong": {}, "code": {}, "pre": {}, "small": {}, "a": {"href": true},
	"time": {"datetime": true}, "ul": {}, "ol": {}, "li": {}, "blockquote": {},
	"table": {}, "thead": {}, "tbody": {}, "tr": {}, "th": {}, "td": {},
	"figure": {}, "figcaption": {}, "img": {"src": true, "alt": true, "width": true, "height": true},
}

// checkHTML parses an Article.HTML document and checks it against the
// allow-list: known elements and attributes only, addresses that are http,
// https, mailto or relative, and valid UTF-8 throughout.
func checkHTML(t testing.TB, doc string) {
	t.Helper()
	if !utf8.ValidString(doc) {
		t.Fatalf("invalid UTF-8 in\n%s", doc)
	}
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		attrs, ok := allowed[n.Data]
		if !ok || n.Namespace != "" {
			t.Fatalf("element <%s> is not allowed:\n%s", n.Data, doc)
		}
		for _, a := range n.Attr {
			if !attrs[a.Key] || a.Namespace != "" || strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Fatalf("attribute %s of <%s> is not allowed:\n%s", a.Key, n.Data, doc)
			}
			if (a.Key == "href" || a.Key == "src") && !safeAddress(a.Val) {
				t.Fatalf("%s=%q is not a safe address:\n%s", a.Key, a.Val, doc)
			}
		}
	}
}

// safeAddress reports whether u is http, https, mailto or relative.
func safeAddress(u string) bool {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "", "http", "https", "mailto":
		return true
	}
	return false
}

// hostile is an article whose every field tries to break out of the HTML.
func hostile(s, href string) *extract.Article {
	n := 0
	return &extract.Article{
		Title: s, Deck: s, Authors: []string{s}, Published: s, Language: s, URL: href,
		Outlet:   nil,
		Dateline: &extract.Dateline{Text: s},
		Body:     []string{s},
		Blocks: []extract.Block{
			{Type: extract.Paragraph, Text: s, Inline: []extract.Inline{{Start: 0, End: len(s), Kind: "link", Href: href}}},
			{Type: extract.Heading, Level: 9, Text: s, Inline: []extract.Inline{{Start: 0, End: len(s) / 2, Kind: "em"}}},
			{Type: extract.List, Items: []extract.ListItem{{Text: s, List: &extract.Block{Type: extract.List, Items: []extract.ListItem{{Text: s}}}}}},
			{Type: extract.Quote, Blocks: []extract.Block{{Type: extract.Code, Text: s}}},
			{Type: extract.Table, Header: true, Rows: [][]string{{s, s}, {s}}},
			{Type: extract.Picture, Image: &n},
			{Type: extract.BlockType(s), Text: s},
		},
		Images: []extract.Image{{Src: href, Alt: s, Caption: s, Credit: s, Width: 10}},
	}
}

func TestHTMLHostile(t *testing.T) {
	for _, c := range []struct{ s, href string }{
		{`<script>alert(1)</script>`, `javascript:alert(1)`},
		{`"><img src=x onerror=alert(1)>`, `" onmouseover="alert(1)`},
		{"\x00\xff\xfe bad \u0085 bytes", "data:text/html,<script>alert(1)</script>"},
		{`</title><style>*{}</style>`, ` JaVaScRiPt:alert(1)`},
		{`<!-- --> <![CDATA[ x ]]>`, `vbscript:msgbox`},
	} {
		doc := hostile(c.s, c.href).HTML()
		checkHTML(t, doc)
		if strings.Contains(strings.ToLower(doc), "<script") || strings.Contains(doc, "alert(1)\">") {
			t.Errorf("unescaped markup in:\n%s", doc)
		}
	}
}

// FuzzHTML checks Article.HTML on articles of arbitrary text and addresses,
// and on whatever extract.HTMLBytes makes of an arbitrary page: no script,
// no event handler, nothing outside the allow-list, valid UTF-8.
func FuzzHTML(f *testing.F) {
	f.Add("Plain <b>text</b> & more", "https://example.com/a?b=c&d=<e>", []byte(`<p onclick="x()">Hi <a href="javascript:x()">there</a></p><script>x()</script>`))
	f.Add("\xff\xfe\x00", "javascript:alert(1)", []byte(`<table><tr><td><img src="data:x" onerror="y()"></td></tr></table>`))
	f.Add("line\nbreak", "mailto:a@b.c", []byte("<ul><li>one<ol><li>two</li></ol></li></ul><blockquote><p>q</p></blockquote>"))
	f.Fuzz(func(t *testing.T, s, href string, page []byte) {
		checkHTML(t, hostile(s, href).HTML())
		a, err := extract.HTMLBytes(page, "", &extract.Options{URL: "https://example.com/news/1"})
		if err != nil {
			return
		}
		checkHTML(t, a.HTML())
		_ = a.Markdown()
	})
}
