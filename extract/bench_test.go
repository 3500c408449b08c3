package extract

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// BenchmarkText measures the whole text path (segment, label, assemble,
// normalise) over the five seed pages; MB/s is input bytes per second.
func BenchmarkText(b *testing.B) {
	benchPages(b, testkit.Seeds(b))
}

// BenchmarkTextAEB does the same over the 181 flattened pages of the public
// extraction benchmark, when ../shared is beside the module.
func BenchmarkTextAEB(b *testing.B) {
	benchPages(b, testkit.SharedPages(b, "bench/aeb/text/*.txt"))
}

func benchPages(b *testing.B, pages []testkit.Page) {
	n := 0
	for _, p := range pages {
		n += len(p.Data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Text(p.Data, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}
