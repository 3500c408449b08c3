package batch

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestRunDeadlineMidBatch runs an endless batch under a context that times
// out while the caller holds the fifth result, in order and unordered:
// the results before hold articles, in input order when asked (places 0,
// 1, 2, ... with none missing), each with its record's ID; once the
// deadline has passed no result is yielded and Run returns, though the
// records never end. Run it with -race: the workers, the reader and the
// timed cleanings share the pool.
func TestRunDeadlineMidBatch(t *testing.T) {
	story := storyRecords(1)[0]
	endless := func(yield func(Record) bool) {
		for i := 0; ; i++ {
			r := story
			r.ID, r.Pos = fmt.Sprint("r", i), fmt.Sprint("r", i)
			if !yield(r) {
				return
			}
		}
	}
	for _, unordered := range []bool{false, true} {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		seen := map[int]bool{}
		n, afterDeadline := 0, false
		for r := range Run(ctx, endless, &Options{Workers: 3, Unordered: unordered, Timeout: time.Minute}) {
			if afterDeadline {
				t.Fatalf("unordered %v: result %d yielded after the deadline", unordered, r.Seq)
			}
			if r.Err != nil || r.Article == nil || r.Article.ID != fmt.Sprint("r", r.Seq) {
				t.Fatalf("unordered %v: result %d (%s): %v", unordered, r.Seq, r.Record.ID, r.Err)
			}
			if !unordered && r.Seq != n {
				t.Fatalf("result %d at place %d", r.Seq, n)
			}
			if seen[r.Seq] {
				t.Fatalf("unordered %v: result %d twice", unordered, r.Seq)
			}
			seen[r.Seq] = true
			if n++; n == 5 {
				<-ctx.Done() // the deadline passes mid-batch
				afterDeadline = true
			}
		}
		cancel()
		if n > 5 {
			t.Errorf("unordered %v: %d results", unordered, n)
		}
	}
}
