package batch

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestRunRecordKinds holds Run to Record.Kind's doc for records a caller
// builds: an empty Kind is sniffed as a Reader sniffs (an HTML page is read
// as HTML, not as text full of tags; binary data is ErrBinary), and a kind
// Run does not clean (a container's, a made-up one) is an error matching
// errors.ErrUnsupported, not a page cleaned as text.
func TestRunRecordKinds(t *testing.T) {
	html := "<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry line reopens for the summer</h1><p>The council said on Tuesday that the ferry line would run twice a day from the first of May, after a winter of repairs.</p></article></body></html>"
	recs := []Record{
		{ID: "html-unset", Data: []byte(html)},
		{ID: "text-unset", Data: []byte("Ferry line reopens\n\nThe council said on Tuesday that the ferry line would run twice a day.\n")},
		{ID: "binary-unset", Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		{ID: "jsonl", Kind: KindJSONL, Data: []byte(`{"text":"A page."}`)},
		{ID: "pdf", Kind: "pdf", Data: []byte("Ferry line reopens\n")},
	}
	got := map[string]Result{}
	for r := range Run(context.Background(), slices.Values(recs), nil) {
		got[r.Record.ID] = r
	}
	if r := got["html-unset"]; r.Err != nil || r.Article.Title != "Ferry line reopens for the summer" || strings.Contains(strings.Join(r.Article.Body, " "), "<") {
		t.Errorf("html-unset: err %v, article %+v; want the page read as HTML", r.Err, r.Article)
	}
	if r := got["text-unset"]; r.Err != nil || r.Article.Title != "Ferry line reopens" {
		t.Errorf("text-unset: err %v, article %+v; want the page read as text", r.Err, r.Article)
	}
	if r := got["binary-unset"]; !errors.Is(r.Err, ErrBinary) {
		t.Errorf("binary-unset: err %v, want ErrBinary", r.Err)
	}
	for _, id := range []string{"jsonl", "pdf"} {
		if r := got[id]; !errors.Is(r.Err, errors.ErrUnsupported) || !strings.Contains(r.Err.Error(), `"`+recs[slices.IndexFunc(recs, func(x Record) bool { return x.ID == id })].Kind+`"`) {
			t.Errorf("%s: err %v, want one naming the kind and matching errors.ErrUnsupported", id, r.Err)
		}
	}
}
