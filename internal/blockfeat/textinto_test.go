package blockfeat

import (
	"math"
	"testing"
)

// intoPages are invented pages for TextShapesInto's tests: a short page
// after a longer one, lines repeated, menu runs that end where the next
// page's lines do not, no line at all.
var intoPages = [][]string{
	{"Home", "World", "Harbour tolls rise for the third year", "By Ana Lind",
		"The port authority said on Monday that fees would rise again.", "Share", "Share", "Related stories"},
	{"Menu", "A short page.", "Menu"},
	{},
	{"One line that ends a sentence."},
	{"Sport", "Results", "Tables", "The league's final round is played on Sunday, the board said."},
}

const intoURL = "https://news.example/world/harbour-tolls"

// wantVectors returns TextShapes's vectors of lines from fresh tables and
// a fresh buffer, the reference the reused ones are held to.
func wantVectors(lines []string) []float32 {
	return new(textWork).shapes(nil, lines, Shapes(lines), intoURL)
}

// sameVectors fails t where got and want differ in a bit.
func sameVectors(t *testing.T, lines []string, got, want []float32) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d lines: %d values, want %d", len(lines), len(got), len(want))
	}
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("%d lines: feature %d of line %d is %v, want %v", len(lines), i%TextDim, i/TextDim, got[i], want[i])
		}
	}
}

// TestTextShapesInto checks that TextShapesInto gives each page's vectors
// as fresh tables and a fresh buffer do, whatever its buffer holds (the
// page before's vectors, values that are not zero, too few values) and
// whatever the pooled tables hold from the pages before.
func TestTextShapesInto(t *testing.T) {
	buf := make([]float32, 3*TextDim)
	for i := range buf {
		buf[i] = float32(i%7) - 3 // not zero: every value must be written or cleared
	}
	for range 2 {
		for _, lines := range intoPages {
			got := TextShapesInto(buf, lines, Shapes(lines), intoURL)
			sameVectors(t, lines, got, wantVectors(lines))
			buf = got // the next page finds this one's vectors
		}
	}
}

// TestTextWorkReused checks that one textWork, page after page, gives
// each page's vectors as a fresh one does.
func TestTextWorkReused(t *testing.T) {
	var w textWork
	for range 2 {
		for _, lines := range intoPages {
			sameVectors(t, lines, w.shapes(nil, lines, Shapes(lines), intoURL), wantVectors(lines))
		}
	}
}
