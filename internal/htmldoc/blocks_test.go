package htmldoc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// seg is the part of a Block that segmentation tests look at.
type seg struct{ Tag, Path, Text string }

func segs(blocks []Block) []seg {
	out := make([]seg, len(blocks))
	for i, b := range blocks {
		out[i] = seg{b.Tag, b.Path, b.Text}
	}
	return out
}

func mustParse(t *testing.T, src string) *Doc {
	t.Helper()
	doc, err := Parse([]byte(src), "", Limits{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return doc
}

func TestSegmentation(t *testing.T) {
	tests := []struct {
		name, html string
		want       []seg
	}{{
		name: "paragraphs and inline markup",
		html: `<body><p>One <b>bold</b> <i>and</i>  <a href="#">linked</a>
		word.</p><p>Two</p></body>`,
		want: []seg{{"p", "body>p", "One bold and linked word."}, {"p", "body>p", "Two"}},
	}, {
		name: "text between child blocks is its own block, in order",
		html: `<div>before<p>inside</p>between<h2>head</h2>after</div>`,
		want: []seg{
			{"div", "body>div", "before"}, {"p", "body>div>p", "inside"},
			{"div", "body>div", "between"}, {"h2", "body>div>h2", "head"},
			{"div", "body>div", "after"},
		},
	}, {
		name: "br is a newline, never doubled spaces",
		html: `<p>line one <br> line two<br/><br>line three<br></p>`,
		want: []seg{{"p", "body>p", "line one\nline two\n\nline three"}},
	}, {
		name: "skipped elements",
		html: `<p>a<script>var x=1</script><style>p{}</style><noscript>no js</noscript>
		<template>tpl</template><svg><title>icon</title><text>svg</text></svg>
		<iframe>frame</iframe><select><option>opt</option></select>b<!-- comment --></p>`,
		want: []seg{{"p", "body>p", "a b"}},
	}, {
		name: "lists: own text of ul, one block per li",
		html: `<ul>Menu<li>one</li><li>two <span>2</span></li></ul>`,
		want: []seg{{"ul", "body>ul", "Menu"}, {"li", "body>ul>li", "one"}, {"li", "body>ul>li", "two 2"}},
	}, {
		name: "tables: one block per cell, rows separate nothing",
		html: `<table><caption>Cap</caption><tr><th>H</th><td>a</td></tr><tr><td>b</td></tr></table>`,
		want: []seg{
			{"caption", "body>table>caption", "Cap"},
			{"th", "body>table>tbody>tr>th", "H"},
			{"td", "body>table>tbody>tr>td", "a"},
			{"td", "body>table>tbody>tr>td", "b"},
		},
	}, {
		name: "empty and whitespace-only blocks dropped",
		html: "<div> \n\t<p>\u00a0</p><p></p><hr><p>x</p>  </div>",
		want: []seg{{"p", "body>div>p", "x"}},
	}, {
		name: "inline element around blocks",
		html: `<div><a href="/x"><h3>Title</h3><p>Teaser</p></a></div>`,
		want: []seg{{"h3", "body>div>a>h3", "Title"}, {"p", "body>div>a>p", "Teaser"}},
	}, {
		name: "non-phrasing, non-block elements separate words",
		html: `<p>a<custom-el>b</custom-el>c<button>d</button>e</p>`,
		want: []seg{{"p", "body>p", "a b c d e"}},
	}, {
		name: "pre keeps line breaks",
		html: "<pre>x = 1\n    y  = 2\n</pre>",
		want: []seg{{"pre", "body>pre", "x = 1\ny = 2"}},
	}, {
		name: "hidden inline element split out",
		html: `<p>visible <span style="DISPLAY: none !important">secret</span> text</p>`,
		want: []seg{{"p", "body>p", "visible"}, {"span", "body>p>span", "secret"}, {"p", "body>p", "text"}},
	}, {
		name: "text straight in body",
		html: `hello <b>world</b><p>p</p>bye`,
		want: []seg{{"body", "body", "hello world"}, {"p", "body>p", "p"}, {"body", "body", "bye"}},
	}, {
		name: "title and head text are not blocks",
		html: `<html><head><title>Page</title></head><body><p>x</p></body></html>`,
		want: []seg{{"p", "body>p", "x"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.html)
			if diff := cmp.Diff(tt.want, segs(doc.Blocks)); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFeatures(t *testing.T) {
	tests := []struct {
		name, html string
		text       string // the block to check
		want       Block
	}{{
		name: "nav by role, link density",
		html: `<div role="navigation" class="siteNav main_menu"><a href="/">Home</a> and more</div>`,
		text: "Home and more",
		want: Block{Text: "Home and more", Tag: "div", Path: "body>div", Depth: 1,
			Words: []string{"site", "nav", "main", "menu"}, LinkDensity: 4.0 / 11, InNav: true},
	}, {
		name: "semantic ancestors",
		html: `<footer><aside><form><figure><ul><li><h4>x</h4></li></ul></figure></form></aside></footer>`,
		text: "x",
		want: Block{Text: "x", Tag: "h4", Path: "body>footer>aside>form>figure>ul>li>h4", Depth: 7,
			InHeading: true, InFigure: true, InList: true, InFooter: true, InAside: true, InForm: true},
	}, {
		name: "header, itemprop inherited, datetime",
		html: `<header itemprop="articleBody"><p>Posted <time datetime=" 2024-01-18T10:00:00Z ">Jan 18</time>
		and <time datetime="2024-02-01">later</time></p></header>`,
		text: "Posted Jan 18 and later",
		want: Block{Text: "Posted Jan 18 and later", Tag: "p", Path: "body>header>p", Depth: 2,
			InHeader: true, Itemprop: "articleBody", Datetime: "2024-01-18T10:00:00Z"},
	}, {
		name: "hidden inherited from aria-hidden ancestor",
		html: `<div aria-hidden="true" id="cookieBanner-2"><p>We use cookies</p></div>`,
		text: "We use cookies",
		want: Block{Text: "We use cookies", Tag: "p", Path: "body>div>p", Depth: 2,
			Words: []string{"cookie", "banner"}, Hidden: true},
	}, {
		name: "link wrapping a block",
		html: `<a href="/story"><div class="card">Read this</div></a>`,
		text: "Read this",
		want: Block{Text: "Read this", Tag: "div", Path: "body>a>div", Depth: 2,
			Words: []string{"card"}, LinkDensity: 1},
	}, {
		name: "figcaption",
		html: `<figure class="wp-caption"><img src=x alt="alt text"><figcaption class="caption">Photo: AP</figcaption></figure>`,
		text: "Photo: AP",
		want: Block{Text: "Photo: AP", Tag: "figcaption", Path: "body>figure>figcaption", Depth: 2,
			Words: []string{"wp", "caption"}, InFigure: true},
	}, {
		name: "spaces beyond ASCII; link density counts runes",
		html: "<p>Caf\u00e9&nbsp;au\u2003lait\t<a href=\"/x\">na\u00efve\u3000\u00e7a</a>\r\nend</p>",
		text: "Caf\u00e9 au lait na\u00efve \u00e7a end",
		want: Block{Text: "Caf\u00e9 au lait na\u00efve \u00e7a end", Tag: "p", Path: "body>p", Depth: 1,
			LinkDensity: 7.0 / 20},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.html)
			var got *Block
			for i := range doc.Blocks {
				if doc.Blocks[i].Text == tt.text {
					got = &doc.Blocks[i]
				}
			}
			if got == nil {
				t.Fatalf("no block %q in %q", tt.text, segs(doc.Blocks))
			}
			if got.Node == nil || got.Node.Type != html.ElementNode || got.Node.Data != got.Tag {
				t.Errorf("Node is %v, want the <%s> element", got.Node, got.Tag)
			}
			g := *got
			g.Node = nil // compared above
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("block (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"article-body", []string{"article", "body"}},
		{"articleBody main_content", []string{"article", "body", "main", "content"}},
		{"HTMLParser h1Title", []string{"html", "parser", "h1", "title"}},
		{"col-md-8 x2", []string{"col", "md", "x2"}},
		{"ÜberSicht  Статья-текст", []string{"über", "sicht", "статья", "текст"}},
		{"--__  ", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, SplitWords(tt.in, nil)); diff != "" {
			t.Errorf("SplitWords(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestWordsShareNoArray(t *testing.T) {
	doc := mustParse(t, `<div class="a"><p class="b">x</p><p class="c">y</p></div>`)
	if len(doc.Blocks) != 2 {
		t.Fatalf("got %d blocks", len(doc.Blocks))
	}
	_ = append(doc.Blocks[0].Words, "zzz")
	if diff := cmp.Diff([]string{"a", "c"}, doc.Blocks[1].Words); diff != "" {
		t.Errorf("Words (-want +got):\n%s", diff)
	}
}

// visibleWords lists the words of every text node that should be visible,
// walking the parsed tree (a test helper: recursion is fine on these small
// invented pages).
func visibleWords(n *html.Node, out *[]string) {
	if n.Type == html.ElementNode && (skipTags[n.Data] || n.Namespace == "svg") {
		return
	}
	if n.Type == html.TextNode {
		*out = append(*out, strings.Fields(n.Data)...)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visibleWords(c, out)
	}
}

// TestConservation checks that every visible word of invented pages lands
// in exactly one block, in document order.
func TestConservation(t *testing.T) {
	pages := []string{
		`<div>a<div>b<p>c <b>d</b></p>e<ul><li>f</li>g</ul></div>h</div>`,
		`<table><tr><td>1<p>2</p>3</td><td>4</td></tr>5</table><span>6<div>7</div>8</span>`,
		`<p>one<p>two<li>three<dd>four<dt>five<h1>six<pre>seven</pre>eight`,
		`<nav><a>x</a><div><a><p>y</p>z</a></div></nav><aside hidden>w<p>v</p></aside><footer>u</footer>`,
		`<p>x<span style="display:none">h<p>i</p>j</span>y</p><form><label>l</label><input value=no><textarea>t</textarea></form>`,
	}
	for _, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		visibleWords(root, &want)
		doc := ParseNode(root, Limits{})
		var got []string
		for _, b := range doc.Blocks {
			got = append(got, strings.Fields(b.Text)...)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: words (-want +got):\n%s", page, diff)
		}
	}
}

func TestParseNodeFragment(t *testing.T) {
	nodes, err := html.ParseFragment(strings.NewReader(`text<p>para</p>`), &html.Node{Type: html.ElementNode, Data: "section", DataAtom: atom.Section})
	if err != nil {
		t.Fatal(err)
	}
	frag := &html.Node{Type: html.ElementNode, Data: "section"}
	for _, n := range nodes {
		frag.AppendChild(n)
	}
	doc := ParseNode(frag, Limits{})
	want := []seg{{"section", "section", "text"}, {"p", "section>p", "para"}}
	if diff := cmp.Diff(want, segs(doc.Blocks)); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

func cmpDiff(want, got any) string { return cmp.Diff(want, got) }
