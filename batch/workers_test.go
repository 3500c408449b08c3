package batch

import (
	"context"
	"slices"
	"testing"
)

// TestRunHugeWorkers runs a batch with far more workers than any machine
// runs (a typo's -j 1000000000000): Run starts at most MaxWorkers, and the
// records are cleaned; it made channels sized by the count and died out
// of memory (a fatal error, which no recover catches).
func TestRunHugeWorkers(t *testing.T) {
	recs := storyRecords(3)
	n := 0
	for r := range Run(context.Background(), slices.Values(recs), &Options{Workers: 1 << 40}) {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Record.ID, r.Err)
		}
		n++
	}
	if n != len(recs) {
		t.Errorf("%d results, want %d", n, len(recs))
	}
}
