package htmldoc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func parseBlocks(t *testing.T, page string) *Doc {
	t.Helper()
	doc, err := Parse([]byte(page), "text/html; charset=utf-8", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestRoleOf(t *testing.T) {
	doc := parseBlocks(t, `<body><h3>Head</h3>
<ul><li>one<ol><li>inner</li></ol>tail</li></ul>
<blockquote><p>quoted</p></blockquote>
<table><thead><tr><th>H</th></tr></thead><tr><td><p>cell</p></td></tr></table>
<pre>code
line</pre><figure><img src="a.jpg"><figcaption>cap</figcaption></figure></body>`)
	got := map[string]Role{}
	for _, b := range doc.Blocks {
		got[b.Text] = RoleOf(b.Node)
	}
	if r := got["Head"]; r.Heading != 3 {
		t.Errorf("Head: %+v", r)
	}
	one, inner, tail := got["one"], got["inner"], got["tail"]
	if len(one.Lists) != 1 || one.Lists[0].Ordered || len(inner.Lists) != 2 || !inner.Lists[1].Ordered ||
		inner.Lists[0].Item != one.Lists[0].Item || tail.Lists[0].Item != one.Lists[0].Item {
		t.Errorf("lists: one %+v, inner %+v, tail %+v", one.Lists, inner.Lists, tail.Lists)
	}
	if got["quoted"].Quote == nil {
		t.Error("quoted: no quote")
	}
	h, c := got["H"], got["cell"]
	if !h.HeaderCell || c.HeaderCell || h.Table != c.Table || h.Row == c.Row || c.Cell == nil {
		t.Errorf("table: H %+v, cell %+v", h, c)
	}
	if !got["code\nline"].Pre {
		t.Errorf("pre: %+v", got["code\nline"])
	}
	if cap := got["cap"]; cap.Figure == nil || len(doc.Images) != 1 || RoleOf(doc.Images[0].Node).Figure != cap.Figure {
		t.Errorf("figure: caption %+v, images %+v", cap, doc.Images)
	}
}

func TestInlinerSpans(t *testing.T) {
	doc := parseBlocks(t, `<body><p>Read <a href="/r">the <strong>full</strong> report</a>, or <em>not</em>.</p>
<div>Before <i>it</i><p>inside</p>after <b>bold</b> <a href="">empty</a></div>
<p>line<br><code>x = 1</code></p></body>`)
	var in Inliner
	got := map[string][]Span{}
	for _, b := range doc.Blocks {
		got[b.Text] = in.Spans(b.Node, b.Text)
	}
	want := map[string][]Span{
		"Read the full report, or not.": {
			{Start: 9, End: 13, Kind: "strong"}, {Start: 5, End: 20, Kind: "link", Href: "/r"}, {Start: 25, End: 28, Kind: "em"},
		},
		"Before it":        {{Start: 7, End: 9, Kind: "em"}},
		"inside":           nil,
		"after bold empty": {{Start: 6, End: 10, Kind: "strong"}},
		"line\nx = 1":      {{Start: 5, End: 10, Kind: "code"}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("spans (-want +got):\n%s", d)
	}
	for text, spans := range got {
		for _, s := range spans {
			if s.End > len(text) || s.Start >= s.End || strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
				t.Errorf("%q: bad span %+v", text, s)
			}
		}
	}
}

func TestImages(t *testing.T) {
	doc := parseBlocks(t, `<body><nav><img src="/logo.png"></nav><p>Text</p>
<img src="data:image/gif;base64,R0lGOD" data-src="/lazy.jpg" alt=" A  lazy one " width="640px" height="x">
<img srcset="/s1.jpg 1x, /s2.jpg 2x"><img alt="no address"><p>More</p></body>`)
	var got []string
	for _, im := range doc.Images {
		got = append(got, im.Src)
	}
	if d := cmp.Diff([]string{"/logo.png", "/lazy.jpg", "/s1.jpg"}, got); d != "" {
		t.Errorf("images (-want +got):\n%s", d)
	}
	lazy := doc.Images[1]
	if !doc.Images[0].Aside || lazy.Aside || lazy.Alt != "A lazy one" || lazy.Width != 640 || lazy.Height != 0 || lazy.Before != 1 {
		t.Errorf("lazy image: %+v", lazy)
	}
}

func TestMetaImageKeywords(t *testing.T) {
	doc := parseBlocks(t, `<html><head>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","image":{"@type":"ImageObject","url":"https://x.test/ld.jpg"},"keywords":"floods, Lori,floods"}</script>
<meta property="og:image" content="https://x.test/og.jpg"><meta property="article:tag" content="Ignored">
</head><body><p>Text of the page</p></body></html>`)
	if doc.Meta.Image != "https://x.test/ld.jpg" {
		t.Errorf("image = %q", doc.Meta.Image)
	}
	if d := cmp.Diff([]string{"floods", "Lori"}, doc.Meta.Keywords); d != "" {
		t.Errorf("keywords (-want +got):\n%s", d)
	}
}
