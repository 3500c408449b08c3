package htmldoc

import (
	"bytes"
	"fmt"
	"os"
	"testing"
)

// BenchmarkParse parses each AEB page in turn (skipped without them).
func BenchmarkParse(b *testing.B) {
	files := aebPages(b)
	pages := make([][]byte, len(files))
	total := 0
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = src
		total += len(src)
	}
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(pages[i%len(pages)], "", Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSize parses one synthetic page at growing sizes, to show
// that time per byte stays flat.
func BenchmarkParseSize(b *testing.B) {
	unit := []byte(`<div class="item"><h2><a href="/x">Headline here</a></h2><p>Some <b>body</b> text, a <time datetime="2024-01-01">date</time>.</p></div>` + "\n")
	for _, mb := range []int{1, 4, 16} {
		src := bytes.Repeat(unit, mb<<20/len(unit))
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(src, "", Limits{MaxBlocks: 1 << 30}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
