package blockfeat

import (
	"math"
	"testing"
)

// TestLogScaleTable checks logScale, read from its table and cut short at
// max, against its definition, bit for bit, on and around the table's end
// and the maxima the features use.
func TestLogScaleTable(t *testing.T) {
	def := func(n, max int) float32 {
		if n <= 0 {
			return 0
		}
		return float32(math.Min(math.Log1p(float64(n))/math.Log1p(float64(max)), 1))
	}
	for _, max := range []int{10, 20, 30, 100, 400, 500, 511, 512, 513, 2000, 3000} {
		for n := -2; n <= 3100; n++ {
			if got, want := logScale(n, max), def(n, max); math.Float32bits(got) != math.Float32bits(want) {
				t.Fatalf("logScale(%d, %d) = %v, want %v", n, max, got, want)
			}
		}
	}
}

// TestLogTables checks each logTable against logScale of its max, bit for
// bit, from below 0 to past max.
func TestLogTables(t *testing.T) {
	for _, c := range []struct {
		t   logTable
		max int
	}{{log10, 10}, {log20, 20}, {log30, 30}, {log100, 100}, {log400, 400}, {log500, 500}, {log2000, 2000}, {newLogTable(1), 1}} {
		for n := -3; n <= c.max+600; n++ {
			if got, want := c.t.at(n), logScale(n, c.max); math.Float32bits(got) != math.Float32bits(want) {
				t.Fatalf("table of %d: at(%d) = %v, logScale gives %v", c.max, n, got, want)
			}
		}
	}
}
