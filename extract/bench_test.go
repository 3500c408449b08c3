package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// readAll loads the files that match pattern; it skips the benchmark when
// there are none.
func readAll(b *testing.B, pattern string) ([][]byte, int) {
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Skipf("no files match %s", pattern)
	}
	var pages [][]byte
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		n += len(data)
	}
	return pages, n
}

// BenchmarkText measures the whole text path (segment, label, assemble,
// normalise) over the five seed pages; MB/s is input bytes per second.
func BenchmarkText(b *testing.B) {
	pages, n := readAll(b, "../testdata/seeds/*.txt")
	benchPages(b, pages, n)
}

// BenchmarkTextAEB does the same over the 181 flattened pages of the public
// extraction benchmark, when ../shared is beside the module.
func BenchmarkTextAEB(b *testing.B) {
	pages, n := readAll(b, "../../shared/bench/aeb/text/*.txt")
	benchPages(b, pages, n)
}

func benchPages(b *testing.B, pages [][]byte, n int) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Text(p, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}
