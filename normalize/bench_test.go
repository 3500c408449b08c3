package normalize

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// benchText is realistic English news text: the invented testdata/news.txt
// plus the seed pages of the module.
func benchText(tb testing.TB) string {
	tb.Helper()
	var buf bytes.Buffer
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	files = append([]string{"testdata/news.txt"}, files...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return buf.String()
}

func BenchmarkString(b *testing.B) {
	text := benchText(b)
	n, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n.String(text)
	}
}

func BenchmarkStringNoNames(b *testing.B) {
	text := benchText(b)
	n, err := New(Options{NoNames: true})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n.String(text)
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{Exonyms: PresetWikipedia}); err != nil {
			b.Fatal(err)
		}
	}
}
