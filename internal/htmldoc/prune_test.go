package htmldoc

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// A page over the block limit keeps its first MaxBlocks blocks, and the
// parsed tree keeps nothing after the last of them: the later nodes, most
// of such a page's memory, can be collected. The metadata of the whole
// page is still read (a JSON-LD script after the cut).
func TestBlockLimitPrunesTheTreeAfterTheLastBlock(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><title>Tables</title></head><body><main>")
	for i := range 40 {
		fmt.Fprintf(&b, "<table><tr><td>cell %d a</td><td>cell %d b</td></tr></table>", i, i)
	}
	b.WriteString(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Forty tables"}</script></main></body></html>`)
	doc, err := Parse([]byte(b.String()), "", Limits{MaxBlocks: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 10 || doc.Blocks[9].Text != "cell 4 b" {
		t.Fatalf("%d blocks, the last %q", len(doc.Blocks), doc.Blocks[len(doc.Blocks)-1].Text)
	}
	if doc.Meta.HeadlineLD != "Forty tables" {
		t.Errorf("the JSON-LD headline after the cut was not read: %q", doc.Meta.HeadlineLD)
	}
	// Nothing after the last block's cell: no later sibling of it or of
	// any of its ancestors, and its table is its parent's last child.
	for x := doc.Blocks[9].Node; x != nil; x = x.Parent {
		if x.NextSibling != nil {
			t.Errorf("<%s> still has a later sibling <%s>", x.Data, x.NextSibling.Data)
		}
		if x.Parent != nil && x.Parent.LastChild != x {
			t.Errorf("<%s>'s parent still has a later last child", x.Data)
		}
	}
	tables := 0
	for x := doc.Blocks[0].Node; x != nil; x = x.Parent {
		if x.DataAtom == atom.Main {
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				tables++
			}
		}
	}
	if tables != 5 {
		t.Errorf("<main> keeps %d children, want the 5 tables of the 10 blocks", tables)
	}
	// Under the limit nothing is cut.
	doc, _ = Parse([]byte(b.String()), "", Limits{})
	if table := doc.Blocks[len(doc.Blocks)-1].Node.Parent.Parent.Parent; table.DataAtom != atom.Table || table.NextSibling == nil {
		t.Error("a page under the limit lost the nodes after its last block")
	}
}
