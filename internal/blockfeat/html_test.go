package blockfeat

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

const htmlPage = `<html><head><script type="application/ld+json">
{"@type":"NewsArticle","headline":"Ferry line reopens","description":"The ferry is back.",
"articleBody":"The ferry line reopened on Monday after two months of repairs, the operator said in a statement. Passengers queued from early morning."}
</script></head><body>
<header><a href="/">Example Daily</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article>
<h1>Ferry line reopens</h1>
<time datetime="2025-05-04">May 4, 2025</time>
<div class="entry-content" itemprop="articleBody">
<p>The ferry line reopened on Monday after two months of repairs, the operator said in a statement.</p>
<figure><figcaption>The ferry at the pier</figcaption></figure>
<h2>Queues</h2>
<p>Passengers queued from early morning for the first crossing home, the harbour master said.</p>
<blockquote>It was worth the wait, one passenger said of the crossing that took two hours.</blockquote>
</div></article></main>
<aside><div class="related-posts"><p><a href="/a">Bus routes change</a></p></div></aside>
<form><label>Email address for the newsletter</label></form>
<div hidden>Hidden text of the page</div>
<div class="comment-list"><dl><dt>Ann</dt><dd>Great news, finally the ferry is back after all these months.</dd></dl></div>
<table><tr><td>Cell one</td></tr></table>
<pre>code here</pre>
<section>Section text</section>
<footer><p>© 2025 Example Daily</p></footer>
<span style="display:none">x</span><center>Old centre</center>
</body></html>`

// TestHTMLFeatures gives each HTML feature a block that sets it and one
// that does not.
func TestHTMLFeatures(t *testing.T) {
	doc, err := htmldoc.Parse([]byte(htmlPage), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	names := HTMLNames()
	if len(names) != HTMLDim {
		t.Fatalf("%d names for %d features", len(names), HTMLDim)
	}
	v := HTML(doc.Blocks, &doc.Meta, "")
	find := func(prefix string) int {
		for i, b := range doc.Blocks {
			if strings.HasPrefix(b.Text, prefix) {
				return i
			}
		}
		t.Fatalf("no block %q in %d blocks", prefix, len(doc.Blocks))
		return -1
	}
	at := func(prefix, name string) float32 {
		i := find(prefix)
		return feature(t, names, v[i*HTMLDim:(i+1)*HTMLDim], name)
	}
	cases := []struct{ name, on, off string }{
		{"p", "The ferry line", "Ferry line"},
		{"div", "Hidden text", "The ferry line"},
		{"li", "News", "The ferry line"},
		{"h1", "Ferry line", "Queues"},
		{"h2", "Queues", "Ferry line"},
		{"td", "Cell one", "Queues"},
		{"inline", "x", "Queues"},
		{"blockquote", "It was worth", "Queues"},
		{"pre", "code here", "Queues"},
		{"caption", "The ferry at", "Queues"},
		{"dt-dd", "Ann", "Queues"},
		{"section", "Section text", "Queues"},
		{"other-tag", "Old centre", "Queues"},
		{"in-heading", "Queues", "The ferry line"},
		{"in-figure", "The ferry at", "The ferry line"},
		{"in-list", "News", "The ferry line"},
		{"in-nav", "News", "The ferry line"},
		{"in-header", "Example Daily", "The ferry line"},
		{"in-footer", "© 2025", "The ferry line"},
		{"in-aside", "Bus routes", "The ferry line"},
		{"in-form", "Email address", "The ferry line"},
		{"hidden", "Hidden text", "The ferry line"},
		{"itemprop-body", "The ferry line", "Ferry line"},
		{"datetime", "May 4", "Ferry line"},
		{"link-density", "Bus routes", "The ferry line"},
		{"depth", "The ferry line", "Old centre"},
		{"path-article", "The ferry line", "Old centre"},
		{"path-main", "The ferry line", "Old centre"},
		{"in-ld-body", "The ferry line", "It was worth"},
		{"after-heading", "Passengers queued", "Hidden text"},
		{"after-h1", "Old centre", "Example Daily"},
		{"prev-link-density", "News", "The ferry line"},
		{"in-main", "Passengers queued", "Great news"},
		{"below-main", "The ferry at", "Passengers queued"},
		{"next-link-density", "It was worth", "Queues"},
		{"link-density-around", "Email address", "The ferry at"},
	}
	for _, c := range cases {
		if on, off := at(c.on, c.name), at(c.off, c.name); on <= off {
			t.Errorf("%s: %q gives %.3f, %q %.3f; want the first higher", c.name, c.on, on, c.off, off)
		}
	}
	// in-description: a block that opens the JSON-LD description.
	desc := HTML([]htmldoc.Block{{Text: "The ferry line is back in service today, the operator says."}}, &htmldoc.Meta{Description: "The ferry line is back in service today, the operator says."}, "")
	if feature(t, names, desc, "in-description") != 1 {
		t.Error("in-description: the block opening the description is not marked")
	}
	if at("The ferry line", "page-has-ld-body") != 0 {
		t.Error("page-has-ld-body: a 130-byte articleBody is not a body")
	}
	long := HTML([]htmldoc.Block{{Text: "x"}}, &htmldoc.Meta{Body: strings.Repeat("word ", 60)}, "")
	if feature(t, names, long, "page-has-ld-body") != 1 {
		t.Error("page-has-ld-body: a 300-byte articleBody is not marked")
	}
	if s := at("Ann", "main-share"); s <= 0.5 || s > 1 {
		t.Errorf("main-share %.3f, want most of the prose in the article", s)
	}
	// Hashed class words: the comment list sets near-class and class
	// buckets, the <center> (no class) sets none; every block sets one
	// parent-tag bucket.
	count := func(prefix, hash string, n int) int {
		k := 0
		for j := range n {
			if at(prefix, hash+"#"+strconv.Itoa(j)) != 0 {
				k++
			}
		}
		return k
	}
	if count("Great news", "near-class", nearHash) == 0 || count("Great news", "class", allHash) == 0 {
		t.Error("class words of the comment list are not hashed")
	}
	if count("Old centre", "near-class", nearHash) != 0 {
		t.Error("a block without class words sets near-class buckets")
	}
	if count("Old centre", "parent-tag", pathHash) != 1 {
		t.Error("parent-tag: want exactly one bucket set")
	}
}

func TestParentTag(t *testing.T) {
	for path, want := range map[string]string{"body>div>p": "div", "body>p": "body", "p": ""} {
		if got := parentTag(path); got != want {
			t.Errorf("parentTag(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestHTMLShapes: HTMLShapes returns HTML's vectors and each block's
// shape, as ShapeOf reads it.
func TestHTMLShapes(t *testing.T) {
	doc, err := htmldoc.Parse([]byte(htmlPage), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	vecs, shapes := HTMLShapes(doc.Blocks, &doc.Meta, "")
	if len(shapes) != len(doc.Blocks) {
		t.Fatalf("%d shapes for %d blocks", len(shapes), len(doc.Blocks))
	}
	for i, b := range doc.Blocks {
		if shapes[i] != ShapeOf(b.Text) {
			t.Errorf("block %d %q: shape %+v, want %+v", i, b.Text, shapes[i], ShapeOf(b.Text))
		}
	}
	want := HTML(doc.Blocks, &doc.Meta, "")
	if len(vecs) != len(want) {
		t.Fatalf("%d features, HTML gives %d", len(vecs), len(want))
	}
	for i := range want {
		if vecs[i] != want[i] {
			t.Fatalf("feature %d: %v, HTML gives %v", i, vecs[i], want[i])
		}
	}
}
