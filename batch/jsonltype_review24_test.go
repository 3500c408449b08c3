package batch

import (
	"errors"
	"strings"
	"testing"
)

// TestJSONLTypeErrorWords holds a JSONL field of the wrong type to
// ErrMalformed's word ("its text saying which"): the message names the field
// as the line spells it (nested ones with their parent) and the JSON type
// found, in the words of the reader's other messages, not Go's ("Go struct
// field jsonlRecord.url of type string").
func TestJSONLTypeErrorWords(t *testing.T) {
	in := `{"id":"a","url":5,"text":"A page."}
{"id":"b","meta":{"url":["x"]},"text":"A page."}
{"id":"c","text":{"p":"A page."}}
{"id":"d","crawl_date":true,"text":"A page."}
{"id":"e","metadata":"dump-2024","text":"A page."}
`
	want := []string{
		`"url" is a number, want a string`,
		`"meta.url" is an array, want a string`,
		`"text" is an object, want a string`,
		`"crawl_date" is a boolean, want a string`,
		`"metadata" is a string, want an object`,
	}
	r := NewReader(ReadOptions{Kind: KindJSONL})
	i := 0
	for rec := range r.Stream("x.jsonl", strings.NewReader(in)) {
		if i >= len(want) {
			t.Fatalf("more records than lines: %+v", rec)
		}
		if rec.Err == nil || rec.Err.Error() != want[i] || !errors.Is(rec.Err, ErrMalformed) {
			t.Errorf("line %d: error %v, want %q matching ErrMalformed", i+1, rec.Err, want[i])
		}
		if id := string(rune('a' + i)); rec.ID != id {
			t.Errorf("line %d: ID %q, want the line's own id %q", i+1, rec.ID, id)
		}
		i++
	}
	if i != len(want) {
		t.Errorf("%d records, want %d", i, len(want))
	}
}
