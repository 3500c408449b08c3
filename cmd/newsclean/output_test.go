package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsclean/newsclean/batch"
	"github.com/newsclean/newsclean/extract"
)

// lockedBuffer is a bytes.Buffer safe to write and read from two
// goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestJSONLFlushedSoon: a jsonl line reaches the output without the
// writer being closed or more lines coming (a reader of a slow stream
// gets each article soon), and close writes the rest at once.
func TestJSONLFlushedSoon(t *testing.T) {
	var out lockedBuffer
	w := newWriter(&config{format: "jsonl"}, &out)
	w.write(batch.Result{Article: &extract.Article{ID: "a"}})
	deadline := time.Now().Add(10 * time.Second)
	for out.String() != `{"id":"a"}`+"\n" {
		if time.Now().After(deadline) {
			t.Fatalf("after 10 s the output holds %q", out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	w.write(batch.Result{Article: &extract.Article{ID: "b"}})
	w.close()
	if got := out.String(); !strings.HasSuffix(got, `{"id":"b"}`+"\n") {
		t.Errorf("after close the output is %q", got)
	}
}
