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

// BenchmarkForestScoreRowsAEB times ScoreRows over the first-pass rows of
// AEB's text pages (TextShapes) with a random forest of the text model's
// size (270 trees of depth 4): the lanes' loops (AVX-512, AVX2) and the
// portable one.
func BenchmarkForestScoreRowsAEB(b *testing.B) {
	pages := aebTextPages(b)
	rows := make([][]float32, len(pages))
	for i, lines := range pages {
		rows[i] = TextShapes(lines, Shapes(lines), "")
	}
	f := randomForest(270, 4, TextDim, 1)
	for _, c := range []struct {
		name       string
		lanes, zmm bool
	}{{"avx512", true, true}, {"avx2", true, false}, {"portable", false, false}} {
		b.Run(c.name, func(b *testing.B) {
			if c.lanes && !useLanes || c.zmm && !useZMM {
				b.Skip("no such loop on this processor or build")
			}
			oldL, oldZ := useLanes, useZMM
			useLanes, useZMM = c.lanes, c.zmm
			defer func() { useLanes, useZMM = oldL, oldZ }()
			var out []float32
			for b.Loop() {
				for _, v := range rows {
					n := len(v) / TextDim
					if cap(out) < n {
						out = make([]float32, n)
					}
					f.ScoreRows(v, TextDim, out[:n])
				}
			}
		})
	}
}
