package batch

import (
	"errors"
	"strings"
	"testing"
)

// TestJSONLTypeErrorWords holds a JSONL field of the wrong type to the
// reader's words: the message names the field as the line spells it
// (nested ones with their parent) and the JSON type found, not Go's ("Go
// struct field jsonlRecord.url of type string"). A page field of the wrong
// type fails the line (ErrMalformed); a side field (the URL, a crawl date,
// the metadata) is ignored with an "ignored-field" warning in those words,
// and the page is read.
func TestJSONLTypeErrorWords(t *testing.T) {
	in := `{"id":"a","url":5,"text":"A page."}
{"id":"b","meta":{"url":["x"]},"text":"A page."}
{"id":"c","text":{"p":"A page."}}
{"id":"d","crawl_date":true,"text":"A page."}
{"id":"e","metadata":"dump-2024","text":"A page."}
`
	want := []struct {
		words string
		fails bool
	}{
		{`"url" is a number, want a string`, false},
		{`"meta.url" is an array, want a string`, false},
		{`"text" is an object, want a string`, true},
		{`"crawl_date" is a boolean, want a string`, false},
		{`"metadata" is a string, want an object`, false},
	}
	r := NewReader(ReadOptions{Kind: KindJSONL})
	i := 0
	for rec := range r.Stream("x.jsonl", strings.NewReader(in)) {
		if i >= len(want) {
			t.Fatalf("more records than lines: %+v", rec)
		}
		w := want[i]
		switch {
		case w.fails && (rec.Err == nil || rec.Err.Error() != w.words || !errors.Is(rec.Err, ErrMalformed)):
			t.Errorf("line %d: error %v, want %q matching ErrMalformed", i+1, rec.Err, w.words)
		case !w.fails && (rec.Err != nil || string(rec.Data) != "A page."):
			t.Errorf("line %d: error %v, page %q; want the page read", i+1, rec.Err, rec.Data)
		case !w.fails && (len(rec.Warnings) != 1 || rec.Warnings[0].Kind != "ignored-field" || !strings.HasPrefix(rec.Warnings[0].Text, w.words)):
			t.Errorf("line %d: warnings %+v, want one ignored-field saying %q", i+1, rec.Warnings, w.words)
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
