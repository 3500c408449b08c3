package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/testkit"
)

// BenchmarkTextForests times the text story model over the first-pass
// vectors of AEB's text pages (each page's non-blank lines, trimmed; it
// skips without the shared data): "scores" is Model.Scores, both passes,
// "first" the first pass's forest alone. Run it with and without -tags
// purego to compare the forests' lanes loop with the portable one on the
// real trees.
func BenchmarkTextForests(b *testing.B) {
	var pages [][]float32
	for _, p := range testkit.SharedPages(b, "bench/aeb/text/*") {
		var lines []string
		for l := range strings.Lines(string(p.Data)) {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		pages = append(pages, blockfeat.TextShapes(lines, blockfeat.Shapes(lines), ""))
	}
	b.Run("scores", func(b *testing.B) {
		for b.Loop() {
			for _, v := range pages {
				textModel.Scores(v)
			}
		}
	})
	b.Run("first", func(b *testing.B) {
		var out []float32
		for b.Loop() {
			for _, v := range pages {
				n := len(v) / textModel.Dim
				if cap(out) < n {
					out = make([]float32, n)
				}
				textModel.Trees.ScoreRows(v, textModel.Dim, out[:n])
			}
		}
	})
}
