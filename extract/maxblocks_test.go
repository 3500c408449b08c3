package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestMaxBlocksOption checks that the HTML block limit is an option, as
// DESIGN's "limits are options with sane defaults" asks: a page of more
// blocks than Options.MaxBlocks loses the later ones with a "block-limit"
// warning, a larger limit keeps them all, and the zero value is the
// default.
func TestMaxBlocksOption(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><h1>Council agrees budget</h1>")
	const paras = 40
	for i := range paras {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story, in which the council talks about the budget once more.</p>", i)
	}
	b.WriteString("</body></html>")
	page := []byte(b.String())
	blockLimit := func(a *Article) bool {
		for _, w := range a.Warnings {
			if w.Kind == "block-limit" {
				return true
			}
		}
		return false
	}
	a, err := HTMLBytes(page, "", &Options{MaxBlocks: 10})
	if err != nil {
		t.Fatal(err)
	}
	if !blockLimit(a) || strings.Contains(strings.Join(a.Body, "\n"), fmt.Sprintf("Paragraph %d ", paras-1)) {
		t.Errorf("MaxBlocks 10: warnings %+v, %d paragraphs; want a block-limit warning and the last paragraph dropped", a.Warnings, len(a.Body))
	}
	for _, opts := range []*Options{nil, {}, {MaxBlocks: paras + 1}} {
		a, err := HTMLBytes(page, "", opts)
		if err != nil {
			t.Fatal(err)
		}
		if blockLimit(a) || !strings.Contains(strings.Join(a.Body, "\n"), fmt.Sprintf("Paragraph %d ", paras-1)) {
			t.Errorf("options %+v: warnings %+v, %d paragraphs; want every paragraph kept", opts, a.Warnings, len(a.Body))
		}
	}
	if clean.DefaultMaxBlocks < 10_000 {
		t.Errorf("clean.DefaultMaxBlocks = %d: not a sane default", clean.DefaultMaxBlocks)
	}
}
