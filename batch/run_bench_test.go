package batch

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// BenchmarkRunSeeds runs the seed pages through Run on one worker with the
// default budget, as the CLI's -j 1 does: the per-record cost of the
// batch's machinery (the budget's timer, the hand-overs between the
// reader, the worker and its runner, the ordering) on top of the cleaning.
// An op is every seed page once; -benchmem counts the allocations.
func BenchmarkRunSeeds(b *testing.B) {
	names, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no seed pages: %v", err)
	}
	var recs []Record
	size := 0
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		recs = append(recs, Record{ID: n, Pos: n, Kind: KindText, Data: data})
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for r := range Run(context.Background(), slices.Values(recs), &Options{Workers: 1}) {
			if r.Err != nil {
				b.Fatalf("%s: %v", r.Record.ID, r.Err)
			}
			n++
		}
		if n != len(recs) {
			b.Fatalf("%d results, want %d", n, len(recs))
		}
	}
}
