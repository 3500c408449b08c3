package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// TestListedItem checks that listedItem tells an item of a list of
// linked, dated stories (its siblings of the same tag and class hold a
// date mark and a link) from a page's own date element.
func TestListedItem(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       bool
	}{
		{"a Bitrix news list's item", `<div class="news-list"><p class="news-item" id="x"><span class="news-date-time">05.03.2025</span><a href="/news/1/"><b>One</b></a></p><p class="news-item"><span class="news-date-time">04.03.2025</span><a href="/news/2/"><b>Two</b></a></p></div>`, true},
		{"an item whose date sits in a div of its own", `<ul><li class="row"><div id="x"><span class="date">05.03.2025</span><a href="/1/">One</a></div></li><li class="row"><div><span class="date">04.03.2025</span><a href="/2/">Two</a></div></li></ul>`, true},
		{"the page's date line with the author's link", `<div class="meta"><p class="post-meta" id="x"><span class="post-date">05.03.2025</span> by <a href="/author/jane/">Jane</a></p></div>`, false},
		{"siblings of another class", `<div><p class="post-meta" id="x"><span class="post-date">05.03.2025</span> <a href="/author/jane/">Jane</a></p><p class="tags"><span class="date">04.03.2025</span><a href="/tag/port/">port</a></p></div>`, false},
		{"a sibling item without a link", `<div><p class="news-item" id="x"><span class="news-date-time">05.03.2025</span><a href="/news/1/">One</a></p><p class="news-item"><span class="news-date-time">04.03.2025</span> Two</p></div>`, false},
	} {
		doc, n := parseWithX(t, c.name, c.page)
		if got := listedItem(n); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
		if listedItem(doc) {
			t.Errorf("%s: the document node is an item", c.name)
		}
	}
	if listedItem(nil) || listedItem(&xhtml.Node{Type: xhtml.ElementNode, Data: "p"}) {
		t.Error("no element, or one with no parent, is an item")
	}
}

// TestItemLinkCapped checks that itemLink reads an element's first
// maxItemNodes nodes only: a link past them is not the item's, which is
// what keeps listedItem's reading of a page's marked blocks linear.
func TestItemLinkCapped(t *testing.T) {
	spans := strings.Repeat("<span></span>", maxItemNodes)
	for _, c := range []struct {
		name, page string
		want       bool
	}{
		{"a link first", `<div id="x"><a href="/1/">One</a>` + spans + `</div>`, true},
		{"a link past the cap", `<div id="x">` + spans + `<a href="/1/">One</a></div>`, false},
		{"no link", `<div id="x"><span>05.03.2025</span></div>`, false},
	} {
		_, n := parseWithX(t, c.name, c.page)
		if got := itemLink(n); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// parseWithX parses page and returns its document and its element with
// id "x", the element a case asks about; the test fails without one.
func parseWithX(t *testing.T, name, page string) (doc, x *xhtml.Node) {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for d := range doc.Descendants() {
		if d.Type == xhtml.ElementNode && htmldoc.Attr(d, "id") == "x" {
			x = d
		}
	}
	if x == nil {
		t.Fatalf("%s: no element with id x", name)
	}
	return doc, x
}
