package batch

import (
	"strings"
	"testing"
)

// TestStreamBadKind holds Stream to NewReader's word: a bad Kind is reported
// by the first read as an error record, from a stream as from a path, and
// never yields a page of an unknown kind.
func TestStreamBadKind(t *testing.T) {
	r := NewReader(ReadOptions{Kind: "pdf"})
	var got []Record
	for rec := range r.Stream("page.txt", strings.NewReader("A title\nA body line of the page.\n")) {
		got = append(got, rec)
	}
	if len(got) != 1 || got[0].Err == nil || got[0].Data != nil {
		t.Fatalf("Stream with Kind %q: got %+v, want one error record", "pdf", got)
	}
	if !strings.Contains(got[0].Err.Error(), `"pdf"`) || got[0].Pos != "page.txt" {
		t.Errorf("error record %+v: want the kind named and the stream's name as Pos", got[0])
	}
	if c := r.Counts(); c.Records != 1 || c.Failed != 1 {
		t.Errorf("counts = %+v, want 1 record, 1 failed", c)
	}
}
