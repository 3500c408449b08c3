package extract

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// BenchmarkAppendJSON times the JSON of the five seeds' articles, as the
// CLI's JSONL writes them; MB/s is output bytes per second.
func BenchmarkAppendJSON(b *testing.B) {
	var arts []*Article
	n := 0
	for _, p := range testkit.Seeds(b) {
		a, err := Text(p.Data, nil)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		n += len(a.AppendJSON(nil))
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	buf := make([]byte, 0, n)
	for b.Loop() {
		buf = buf[:0]
		for _, a := range arts {
			buf = a.AppendJSON(buf)
		}
	}
}
