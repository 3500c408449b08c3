package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// stripHeadBylines parses an article whose head is top, a byline strip
// and a date line over one paragraph, labels its blocks with kind (the
// block's index and text; Body where it gives no kind), and checks that
// headBylines gives want (names parted by "; ", none for "").
func stripHeadBylines(t *testing.T, top, strip string, kind func(i int, text string) (Kind, string), want string) {
	t.Helper()
	src := `<html><body><article>` + top + strip +
		`<div class="publish-date">Published 11:34 PM EST Nov 19, 2024</div>` +
		`<p>Several thousand teachers in red surrounded the statehouse on Tuesday to ask for better pay and more respect from the state government.</p></article></body></html>`
	doc, err := htmldoc.Parse([]byte(src), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	blocks := make([]Block, len(doc.Blocks))
	for i, hb := range doc.Blocks {
		blocks[i] = Block{Text: hb.Text, Line: i + 1, HTML: &Features{Tag: hb.Tag, Path: hb.Path, Words: hb.Words}, Kind: Body}
		if k, rule := kind(i, hb.Text); k != "" {
			blocks[i].Kind, blocks[i].Rule = k, rule
		}
	}
	var names []string
	if want != "" {
		names = strings.Split(want, "; ")
	}
	if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, names) {
		t.Errorf("%s: authors %q, want %q", strip, got, names)
	}
}
