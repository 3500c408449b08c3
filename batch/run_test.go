package batch

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// storyRecords makes n small text records, "r0" ... .
func storyRecords(n int) []Record {
	recs := make([]Record, n)
	for i := range recs {
		id := fmt.Sprint("r", i)
		recs[i] = Record{ID: id, Pos: id, Kind: KindText, Data: []byte(fmt.Sprintf("Story number %d\n\nThe council said on Monday that the new library in district %d would open next spring, after two years of work.\n", i, i))}
	}
	if n > 3 {
		recs[3] = Record{ID: "r3", Pos: "r3", Err: ErrBinary}
	}
	return recs
}

func TestRunOrdered(t *testing.T) {
	recs := storyRecords(40)
	var seqs []int
	for r := range Run(context.Background(), slices.Values(recs), &Options{Workers: 4}) {
		seqs = append(seqs, r.Seq)
		if r.Record.ID != recs[r.Seq].ID || r.Record.Data != nil {
			t.Errorf("result %d: record %s, %d bytes kept", r.Seq, r.Record.ID, len(r.Record.Data))
		}
		switch {
		case r.Seq == 3 && !errors.Is(r.Err, ErrBinary):
			t.Errorf("r3: %v, want the read error", r.Err)
		case r.Seq != 3 && (r.Err != nil || r.Article.ID != recs[r.Seq].ID || r.Article.Title != fmt.Sprintf("Story number %d", r.Seq)):
			t.Errorf("r%d: %v %+v", r.Seq, r.Err, r.Article)
		}
	}
	if !slices.Equal(seqs, slices.Collect(func(yield func(int) bool) {
		for i := range 40 {
			yield(i)
		}
	})) {
		t.Errorf("out of order: %v", seqs)
	}
}

func TestRunUnordered(t *testing.T) {
	recs := storyRecords(40)
	seen := map[int]bool{}
	for r := range Run(context.Background(), slices.Values(recs), &Options{Workers: 3, Unordered: true}) {
		if seen[r.Seq] {
			t.Errorf("seq %d twice", r.Seq)
		}
		seen[r.Seq] = true
	}
	if len(seen) != 40 {
		t.Errorf("%d results, want 40", len(seen))
	}
}

// A record over its budget is an error record ("timeout"), and the batch
// goes on in order.
func TestRunTimeout(t *testing.T) {
	recs := storyRecords(10)
	n := 0
	for r := range Run(context.Background(), slices.Values(recs), &Options{Workers: 2, Timeout: 1}) {
		if r.Seq != n {
			t.Fatalf("result %d at place %d", r.Seq, n)
		}
		n++
		if r.Seq != 3 && (!errors.Is(r.Err, ErrTimeout) || r.Err.Error() != "timeout") {
			t.Errorf("r%d: %v, want timeout", r.Seq, r.Err)
		}
	}
	if n != 10 {
		t.Errorf("%d results, want 10", n)
	}
}

// Cancelling the context, or leaving the loop, stops the batch.
func TestRunCancel(t *testing.T) {
	endless := func(yield func(Record) bool) {
		for i := 0; ; i++ {
			if !yield(storyRecords(1)[0]) {
				return
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for range Run(ctx, endless, &Options{Workers: 2}) {
		if n++; n == 5 {
			cancel()
		}
	}
	if n != 5 {
		t.Errorf("%d results after cancelling at 5", n)
	}
	n = 0
	for range Run(context.Background(), endless, nil) {
		if n++; n == 3 {
			break
		}
	}
}

// The cleaner's error names the record once: the caller adds the name.
func TestRunErrorWithoutID(t *testing.T) {
	recs := []Record{{ID: "pdf-html", Pos: "x.jsonl:1", Kind: KindHTML, Data: []byte("%PDF-1.4 \x00\x01\x02 binary")}}
	n := 0
	for r := range Run(context.Background(), slices.Values(recs), nil) {
		n++
		if r.Err == nil || strings.Contains(r.Err.Error(), "pdf-html") {
			t.Errorf("error %v", r.Err)
		}
	}
	if n != len(recs) {
		t.Errorf("%d results for %d records", n, len(recs))
	}
}

func TestSummary(t *testing.T) {
	var s Summary
	recs := storyRecords(5)
	for r := range Run(context.Background(), slices.Values(recs), nil) {
		s.Add(r)
	}
	s.Skipped = map[string]int{"image/jpeg": 2}
	if got := s.String(); !strings.HasPrefix(got, "5 pages: 4 articles, 0 not articles, 1 failed; skipped 2 WARC records: 2 image/jpeg; ") {
		t.Errorf("summary %q", got)
	}
}
