package blockfeat

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// aebTextPages returns AEB's text pages as the text model reads them:
// each page's non-blank lines, trimmed (the benchmarks skip without the
// shared data).
func aebTextPages(b *testing.B) [][]string {
	var pages [][]string
	for _, p := range testkit.SharedPages(b, "bench/aeb/text/*") {
		var lines []string
		for l := range strings.Lines(string(p.Data)) {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		pages = append(pages, lines)
	}
	return pages
}

// BenchmarkShapesAEB times Shapes over AEB's text pages.
func BenchmarkShapesAEB(b *testing.B) {
	pages := aebTextPages(b)
	for b.Loop() {
		for _, lines := range pages {
			Shapes(lines)
		}
	}
}

// BenchmarkTextShapesAEB times TextShapes (the shapes given) over AEB's
// text pages.
func BenchmarkTextShapesAEB(b *testing.B) {
	pages := aebTextPages(b)
	shapes := make([][]Shape, len(pages))
	for i, lines := range pages {
		shapes[i] = Shapes(lines)
	}
	for b.Loop() {
		for i, lines := range pages {
			TextShapes(lines, shapes[i], "")
		}
	}
}
