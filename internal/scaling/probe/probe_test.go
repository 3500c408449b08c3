package main

import (
	"os"
	"strconv"
	"testing"

	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/scaling"
)

func BenchmarkProbeUnit(b *testing.B) {
	t := scaling.Template{Unit: os.Getenv("UNIT") + "\n\n", URL: os.Getenv("URL")}
	for _, size := range []int{128 << 10, 512 << 10, 2 << 20} {
		page, _ := t.Sized(size)
		b.Run(strconv.Itoa(size>>10), func(b *testing.B) {
			for b.Loop() {
				extract.Text(page, &extract.Options{URL: t.URL, MaxBytes: 64 << 20})
			}
		})
	}
}
