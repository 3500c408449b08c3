package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestHeadBylinesStripAsTitle checks a byline strip the generic head took
// for the headline (the page's own headline judged none): its element
// marked as the authors' still gives their names; a headline the generic
// head found without such an element, and a byline strip an outlet's or
// the ranker's rule labelled the title, give none.
func TestHeadBylinesStripAsTitle(t *testing.T) {
	strip := `<div class="attribution"><span class="author">Ana Lind and Tom Berg</span> <span class="publication">Harbour Valley Leader</span></div>`
	plain := `<div class="attribution"><span>Ana Lind and Tom Berg</span> <span>Harbour Valley Leader</span></div>`
	for _, c := range []struct{ want, strip, rule string }{
		{"Ana Lind; Tom Berg", strip, "generic/title"},
		{"", plain, "generic/title"},
		{"", strip, "outlet/title"},
	} {
		src := `<html><body><article><h2>Harbour news</h2>` + c.strip +
			`<div class="publish-date">Published 11:34 PM EST Nov 19, 2024</div>` +
			`<p>Several thousand teachers in red surrounded the statehouse on Tuesday to ask for better pay and more respect from the state government.</p></article></body></html>`
		doc, err := htmldoc.Parse([]byte(src), "text/html; charset=utf-8", htmldoc.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		blocks := make([]Block, len(doc.Blocks))
		for i, hb := range doc.Blocks {
			blocks[i] = Block{Text: hb.Text, Line: i + 1, HTML: &Features{Tag: hb.Tag, Path: hb.Path, Words: hb.Words}}
			switch {
			case i == 0:
				blocks[i].Kind = Nav
			case strings.HasPrefix(hb.Text, "Ana Lind"):
				blocks[i].Kind, blocks[i].Rule = Title, c.rule
			case strings.HasPrefix(hb.Text, "Published"):
				blocks[i].Kind = Date
			default:
				blocks[i].Kind = Body
			}
		}
		var want []string
		if c.want != "" {
			want = strings.Split(c.want, "; ")
		}
		if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, want) {
			t.Errorf("%s (%s): authors %q, want %q", c.strip, c.rule, got, want)
		}
	}
}
