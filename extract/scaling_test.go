package extract

import (
	"strconv"
	"testing"
	"time"

	"github.com/newsclean/newsclean/internal/scaling"
)

// BenchmarkScaling runs the page shapes of issue 9, which once cost time
// quadratic in their size, at N and 4N units (lines, groups of lines,
// elements): the time of 4N should be about 4 times N's. Each 4N case
// reports "ratio", its time over the N case's of the same run, and
// "MB/s". The text shapes at 4N are about 3 MB; the HTML ones as issue 9
// gave them (50,000 blocks; 2,500 nests 400 deep).
func BenchmarkScaling(b *testing.B) {
	type sized struct {
		shape scaling.Shape
		n     int
	}
	var cases []sized
	for _, sh := range scaling.Text() {
		cases = append(cases, sized{sh, 12500})
	}
	for _, sh := range scaling.HTML(400) {
		n := 12500
		if sh.Name == "html-nested" {
			n = 625
		}
		cases = append(cases, sized{sh, n})
	}
	for _, c := range cases {
		var perOp [2]time.Duration
		for k, n := range []int{c.n, 4 * c.n} {
			opts := &Options{URL: c.shape.URL, MaxBytes: 64 << 20}
			b.Run(c.shape.Name+"/"+strconv.Itoa(n), func(b *testing.B) {
				src := c.shape.Page(n)
				b.SetBytes(int64(len(src)))
				var start time.Time
				for b.Loop() {
					if start.IsZero() {
						start = time.Now()
					}
					var err error
					if c.shape.HTML {
						_, err = HTML(src, "text/html; charset=utf-8", opts)
					} else {
						_, err = Text(src, opts)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
				perOp[k] = time.Since(start) / time.Duration(b.N)
				if k == 1 && perOp[0] > 0 {
					b.ReportMetric(float64(perOp[1])/float64(perOp[0]), "ratio")
				}
			})
		}
	}
}
