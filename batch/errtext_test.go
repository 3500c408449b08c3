package batch_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/batch"
)

// TestErrorTextSameClass checks that a record's error text begins with the
// same words for the same fault whether the reader or the cleaner found
// it: a pipeline that counts its error records by their text (jq -r .error
// | sort | uniq -c) must not see "empty input" and "clean: empty input: ..."
// as two causes.
func TestErrorTextSameClass(t *testing.T) {
	const jsonl = `{"id":"blank","text":"   "}
{"id":"nohtmltext","html":"<html><body><div></div></body></html>"}
{"id":"nul","text":"\u0000\u0001\u0002 binary"}
{"id":"big","text":"` + "0123456789012345678901234567890123456789012345678901234567890123456789" + `"}
`
	r := batch.NewReader(batch.ReadOptions{MaxBytes: 45})
	recs := r.Stream("in.jsonl", strings.NewReader(jsonl))
	want := map[string]error{"blank": batch.ErrEmpty, "nohtmltext": batch.ErrEmpty, "nul": batch.ErrBinary, "big": batch.ErrTooLarge}
	seen := 0
	for res := range batch.Run(context.Background(), recs, &batch.Options{Workers: 1}) {
		sentinel, ok := want[res.Record.ID]
		if !ok {
			t.Fatalf("unexpected record %q", res.Record.ID)
		}
		seen++
		if !errors.Is(res.Err, sentinel) {
			t.Errorf("%s: error %v, want one matching %v", res.Record.ID, res.Err, sentinel)
			continue
		}
		if !strings.HasPrefix(res.Err.Error(), sentinel.Error()) {
			t.Errorf("%s: error text %q does not begin %q, as the same fault's does from the other stage", res.Record.ID, res.Err, sentinel.Error())
		}
	}
	if seen != len(want) {
		t.Errorf("%d results, want %d", seen, len(want))
	}
	// The text of a cleaner's error that is none of these is left alone.
	if got := batch.ErrEmpty.Error(); got != "empty input" {
		t.Errorf("ErrEmpty = %q", got)
	}
}
