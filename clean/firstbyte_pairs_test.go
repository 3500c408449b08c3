package clean

import (
	"slices"
	"testing"
)

// TestHasPair checks the written-out search against slices.BinarySearch
// for every pair, over sets of the sizes the patterns' start pairs have
// (none, one, a few, hundreds).
func TestHasPair(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 64, 300} {
		var set []uint16
		for k := range n {
			set = append(set, uint16(k*211+7)) // spread over the range, sorted
		}
		for p := range 1 << 16 {
			_, want := slices.BinarySearch(set, uint16(p))
			if got := hasPair(set, uint16(p)); got != want {
				t.Fatalf("hasPair(%d pairs, %#x) = %v, want %v", n, p, got, want)
			}
		}
	}
}
