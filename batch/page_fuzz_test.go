package batch

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzPageReader feeds arbitrary bytes to the text and HTML readers (-in
// text, -in html): no panic; exactly one record; it holds the input as
// given, byte for byte, under the kind asked for, or says why not (too
// large, empty, binary).
func FuzzPageReader(f *testing.F) {
	for _, s := range []string{
		"Farmers report a record harvest\n\nThe harvest began early.\n",
		"<!doctype html><html><body><p>Hi</p></body></html>",
		"\ufeffBOM first\r\nline two\r\n",
		"   \n\t\n",
		"\x00\x01\x02binary",
		"\xff\xfe" + "h\x00i\x00",
		`{"id":"a","text":"a JSONL line read as a page"}`,
		"WARC/1.0\r\nContent-Length: 0\r\n\r\n",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		const maxBytes = 256
		if hasGzipMagic(data) {
			return // the page is the decompressed bytes
		}
		kind := KindText
		if html {
			kind = KindHTML
		}
		var recs []Record
		for p := range NewReader(ReadOptions{Kind: kind, MaxBytes: maxBytes, Stdin: bytes.NewReader(data)}).Paths() {
			recs = append(recs, p)
		}
		if len(recs) != 1 {
			t.Fatalf("%d records from one page", len(recs))
		}
		p := recs[0]
		if p.ID != "-" || p.Pos != "-" {
			t.Fatalf("record named %q at %q, want -", p.ID, p.Pos)
		}
		switch {
		case len(data) > maxBytes:
			if !errors.Is(p.Err, ErrTooLarge) {
				t.Fatalf("%d bytes over %d: error %v", len(data), maxBytes, p.Err)
			}
		case len(bytes.TrimSpace(data)) == 0:
			if !errors.Is(p.Err, ErrEmpty) {
				t.Fatalf("blank page: error %v", p.Err)
			}
		case p.Err != nil:
			if !errors.Is(p.Err, ErrBinary) || !hasBinaryData(data) {
				t.Fatalf("page refused: %v", p.Err)
			}
		case p.Kind != kind || !bytes.Equal(p.Data, data):
			t.Fatalf("page read as %q, %q; want %q, the input", p.Kind, p.Data, kind)
		}
	})
}
