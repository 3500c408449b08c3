package batch

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"
)

// lateCtx is a context whose cancellation reaches the contexts derived from
// it late, as context.AfterFunc allows (f runs in its own goroutine, at some
// time after the cancellation): the window in which a caller has seen its
// context end and Run's own, derived one has not, wide open.
type lateCtx struct {
	context.Context // Deadline and Value: none
	done            chan struct{}
	mu              sync.Mutex
	err             error
}

func newLateCtx() *lateCtx {
	return &lateCtx{Context: context.Background(), done: make(chan struct{})}
}

func (c *lateCtx) Done() <-chan struct{} { return c.done }

func (c *lateCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *lateCtx) cancel() {
	c.mu.Lock()
	c.err = context.Canceled
	c.mu.Unlock()
	close(c.done)
}

// AfterFunc calls f 300 ms after the context ends.
func (c *lateCtx) AfterFunc(f func()) func() bool {
	go func() {
		<-c.done
		time.Sleep(300 * time.Millisecond)
		f()
	}()
	return func() bool { return false }
}

// TestRunStopsAtCallersCancel holds Run to "after a cancellation no more
// results are yielded" when the caller's context ends while the caller
// holds a result: Run must ask the caller's context itself, not only its
// own derived one, whose cancellation may come later (the race that made
// TestRunDeadlineMidBatch fail about one run in eight).
func TestRunStopsAtCallersCancel(t *testing.T) {
	recs := storyRecords(12)
	for _, unordered := range []bool{false, true} {
		ctx := newLateCtx()
		n := 0
		for r := range Run(ctx, slices.Values(recs), &Options{Workers: 2, Unordered: unordered, Timeout: time.Minute}) {
			if n++; n > 1 {
				t.Fatalf("unordered %v: result %d (%s, err %v) yielded after the caller's context ended", unordered, r.Seq, r.Record.ID, r.Err)
			}
			if r.Err != nil {
				t.Fatalf("unordered %v: first result: %v", unordered, r.Err)
			}
			ctx.cancel()
			time.Sleep(20 * time.Millisecond) // the next results are ready
		}
		if !errors.Is(ctx.Err(), context.Canceled) {
			t.Fatal("the context was not cancelled")
		}
	}
}
