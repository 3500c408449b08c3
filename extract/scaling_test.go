package extract

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkScaling runs page shapes that once cost time quadratic in their
// size at N and 4N lines: the ns/op of 4N should be about 4 times N's.
func BenchmarkScaling(b *testing.B) {
	shapes := []struct {
		name string
		line func(i int) string
	}{
		// one paragraph hard-wrapped at about 60 columns
		{"wrapped", func(i int) string { return "the minister said that the talks would go on in the capital" }},
	}
	for _, sh := range shapes {
		for _, n := range []int{2500, 10000} {
			var page strings.Builder
			page.WriteString("Talks go on in the capital\n\n")
			for i := range n {
				page.WriteString(sh.line(i))
				page.WriteByte('\n')
			}
			src := []byte(page.String())
			b.Run(sh.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					if _, err := Text(src, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
