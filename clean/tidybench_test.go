package clean

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkTidySpace times the white-space pass over the seeds, which every
// text page pays before its blocks are cut.
func BenchmarkTidySpace(b *testing.B) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var pages []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, p := range pages {
			tidySpace(p)
		}
	}
}
