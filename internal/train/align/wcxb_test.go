package align

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestCeilingOnDev keeps the blocks the teacher labels story on a sample of
// the WCXB pages (every 20th) and checks their word F1 against the gold:
// the teacher must stay near the figures bench/README.md records (articles
// 0.99 on both text lines and HTML blocks), or a model trained on its
// labels is capped lower.
func TestCeilingOnDev(t *testing.T) {
	ds, err := wcxb.Open(testkit.Shared(t, "bench/wcxb-dev"))
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		t.Skip("reads 75 pages")
	}
	for _, kind := range []string{"text", "html"} {
		var sum float64
		var n int
		for i := 0; i < len(ds.Pages); i += 20 {
			p := &ds.Pages[i]
			if p.Type != wcxb.Article {
				continue
			}
			blocks, err := pageBlocks(ds, p.ID, kind)
			if err != nil {
				t.Fatal(err)
			}
			var kept []string
			for j, b := range Blocks(blocks, Gold{Main: p.Main, Title: p.Title, Date: p.Published}) {
				if b.Label == Story {
					kept = append(kept, blocks[j])
				}
			}
			sum += wcxb.WordScore(strings.Join(kept, "\n\n"), p.Main).F1
			n++
		}
		f1 := sum / float64(n)
		t.Logf("%s: %d articles, mean word F1 %.4f", kind, n, f1)
		if f1 < 0.975 {
			t.Errorf("%s: mean word F1 %.4f of the kept story blocks, want at least 0.975", kind, f1)
		}
	}
}

// pageBlocks returns the non-blank lines of text/ID.txt or the block texts
// of html/ID.html.gz.
func pageBlocks(ds *wcxb.Dataset, id, kind string) ([]string, error) {
	var blocks []string
	if kind == "text" {
		src, err := ds.Text(id)
		if err != nil {
			return nil, err
		}
		for line := range strings.Lines(string(src)) {
			if line = strings.TrimSpace(line); line != "" {
				blocks = append(blocks, line)
			}
		}
		return blocks, nil
	}
	src, err := ds.HTML(id)
	if err != nil {
		return nil, err
	}
	doc, err := htmldoc.Parse(src, "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		return nil, nil // a page the front end refuses has no blocks
	}
	for _, b := range doc.Blocks {
		blocks = append(blocks, b.Text)
	}
	return blocks, nil
}
