package batch

import (
	"context"
	"iter"
	"slices"
	"testing"
)

// TestRunRecordsPanic: a records sequence that panics (the caller's own
// reader, a nil sequence) panics in the caller's goroutine, after the
// results of the records it yielded first, in order, where the caller can
// recover it, as ranging over the sequence itself would; it took the whole
// process down from Run's reading goroutine.
func TestRunRecordsPanic(t *testing.T) {
	recs := storyRecords(3)
	failing := func(yield func(Record) bool) {
		for _, r := range recs {
			if !yield(r) {
				return
			}
		}
		panic("disk gone")
	}
	for _, c := range []struct {
		name    string
		records iter.Seq[Record]
		results int
	}{{"failing reader", failing, 3}, {"nil sequence", nil, 0}} {
		for _, unordered := range []bool{false, true} {
			var seqs []int
			got := func() (v any) {
				defer func() { v = recover() }()
				for r := range Run(context.Background(), c.records, &Options{Workers: 2, Unordered: unordered}) {
					seqs = append(seqs, r.Seq)
				}
				return nil
			}()
			if got == nil {
				t.Errorf("%s, unordered %v: no panic reached the caller", c.name, unordered)
			}
			if c.name == "failing reader" && got != "disk gone" {
				t.Errorf("%s: the caller recovered %v, want the reader's own panic", c.name, got)
			}
			slices.Sort(seqs)
			if len(seqs) != c.results || (c.results > 0 && seqs[len(seqs)-1] != c.results-1) {
				t.Errorf("%s, unordered %v: results %v before the panic, want the %d records read", c.name, unordered, seqs, c.results)
			}
		}
	}
}
