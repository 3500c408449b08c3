package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// BenchmarkFromBlocks times the assembly alone (FromBlocks: fields,
// removed runs, normalisation, typed blocks) over the five seeds' labelled
// blocks, labelled once beforehand; MB/s is the pages' input bytes.
func BenchmarkFromBlocks(b *testing.B) {
	var results []*clean.Result
	n := 0
	for _, p := range testkit.Seeds(b) {
		res, err := clean.Text(p.Data, nil)
		if err != nil {
			b.Fatal(err)
		}
		results = append(results, res)
		n += len(p.Data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, res := range results {
			if a := FromBlocks(res, nil); a == nil {
				b.Fatal("no article")
			}
		}
	}
}
