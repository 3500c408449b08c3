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

// BenchmarkHTMLAEB measures the whole HTML path (decode, parse, segment,
// label, read the metadata, assemble, normalise) over the 181 pages of the
// public extraction benchmark as fetched, when ../shared is beside the
// module. The pages are given as UTF-8, with no URL.
func BenchmarkHTMLAEB(b *testing.B) {
	pages, n := readAll(b, "../../shared/bench/aeb/html/*.html")
	benchFunc(b, pages, n, func(p []byte) error {
		_, err := HTML(p, "text/html; charset=utf-8", nil)
		return err
	})
}

func benchPages(b *testing.B, pages [][]byte, n int) {
	benchFunc(b, pages, n, func(p []byte) error {
		_, err := Text(p, nil)
		return err
	})
}

// benchFunc times one pass of f over all pages per operation. Beside the
// wall-clock figures it reports cpu-ms/op and MB/cpu-s, the process's CPU
// time (user and system, garbage collection included), which other work on
// a shared machine skews far less.
func benchFunc(b *testing.B, pages [][]byte, n int, f func([]byte) error) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start, ops := cpuTime(), 0
	for b.Loop() {
		for _, p := range pages {
			if err := f(p); err != nil {
				b.Fatal(err)
			}
		}
		ops++
	}
	if used := (cpuTime() - start).Seconds() / float64(ops); used > 0 {
		b.ReportMetric(used*1e3, "cpu-ms/op")
		b.ReportMetric(float64(n)/1e6/used, "MB/cpu-s")
	}
}
