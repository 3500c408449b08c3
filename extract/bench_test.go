package extract

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// BenchmarkText measures the whole text path (segment, label, assemble,
// normalise) over the five seed pages; MB/s is input bytes per second.
func BenchmarkText(b *testing.B) {
	benchPages(b, testkit.Seeds(b), textPage)
}

// BenchmarkTextAEB does the same over the 181 flattened pages of the public
// extraction benchmark, when ../shared is beside the module.
func BenchmarkTextAEB(b *testing.B) {
	benchPages(b, testkit.SharedPages(b, "bench/aeb/text/*.txt"), textPage)
}

// BenchmarkHTMLAEB measures the whole HTML path (decode, parse, segment,
// label, read the metadata, assemble, normalise) over the 181 pages of the
// public extraction benchmark as fetched, when ../shared is beside the
// module. The pages are given as UTF-8, with no URL.
func BenchmarkHTMLAEB(b *testing.B) {
	benchPages(b, testkit.SharedPages(b, "bench/aeb/html/*.html"), func(p []byte) error {
		_, err := HTMLBytes(p, "text/html; charset=utf-8", nil)
		return err
	})
}

func textPage(p []byte) error {
	_, err := Text(p, nil)
	return err
}

// benchPages times one pass of f over all pages per operation. Beside the
// wall-clock figures it reports cpu-ms/op and MB/cpu-s, the process's CPU
// time (user and system, garbage collection included), which other work on
// a shared machine skews far less.
func benchPages(b *testing.B, pages []testkit.Page, f func([]byte) error) {
	n := 0
	for _, p := range pages {
		n += len(p.Data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start, ops := cpuTime(), 0
	for b.Loop() {
		for _, p := range pages {
			if err := f(p.Data); err != nil {
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
