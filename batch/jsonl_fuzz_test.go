package batch

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// FuzzJSONL feeds arbitrary bytes to the JSONL reader: no panic; one
// record for each line with anything but spaces on it and none for the
// others, in line order, each named by its line ("-:N"); a record read
// without error holds a text or HTML page of 1 to MaxBytes bytes and has an
// ID.
func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Farmers report a record harvest."}` + "\n" + `{"id":7,"html":"<p>h</p>"}`,
		"\ufeff" + `{"doc_id":"x","raw_content":"t"}` + "\r\n\r\n" + `{"url":"https://example.org/a","meta":{"url":"u"},"content":"c"}`,
		`{"id":"a","text":"t"}` + "\n" + `{"id":"a","text":"u"}` + "\n" + `not json` + "\n" + `{"text":""}` + "\n   \n" + `{"id":{"no":1},"text":"t"}`,
		`{"warc_record_id":"<urn:uuid:1>","raw_html":"<html>\u00e9\ud800</html>","warc_date":"2024-01-18T10:00:00Z"}`,
		`{"id":"a","text":"` + strings.Repeat("x", 300) + `"}`,
		"{\"text\":\"\xff\xfe\"}\n{",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const maxBytes = 256
		if hasGzipMagic(data) {
			return // the lines are the decompressed ones
		}
		lines := bytes.Split(data, []byte("\n"))
		var want []int // the lines that hold something
		for i, l := range lines {
			if i == 0 {
				l = bytes.TrimPrefix(l, utf8BOM)
			}
			if len(bytes.TrimSpace(l)) > 0 {
				want = append(want, i+1)
			}
		}
		var got []int
		for p := range NewReader(ReadOptions{Kind: KindJSONL, MaxBytes: maxBytes, Stdin: bytes.NewReader(data)}).Paths() {
			n, err := strconv.Atoi(strings.TrimPrefix(p.Pos, "-:"))
			if !strings.HasPrefix(p.Pos, "-:") || err != nil {
				t.Fatalf("record at %q: not a line of standard input", p.Pos)
			}
			got = append(got, n)
			if p.ID == "" {
				t.Fatalf("record at %s without an ID", p.Pos)
			}
			if p.Err == nil && (p.Kind != KindText && p.Kind != KindHTML || len(p.Data) == 0 || len(p.Data) > maxBytes) {
				t.Fatalf("record at %s: kind %q, %d bytes", p.Pos, p.Kind, len(p.Data))
			}
		}
		if len(got) != len(want) {
			t.Fatalf("records at lines %v, want %v", got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("records at lines %v, want %v", got, want)
			}
		}
	})
}
