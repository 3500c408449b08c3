package batch

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// FuzzJSONL feeds arbitrary bytes to the JSONL reader: no panic; one
// record for each line with anything but spaces on it and none for the
// others, in line order, each named by its line ("-:N"), except that past
// maxBadRun lines in a row that are no JSON object one record covers the
// rest of the run and counts its lines; a record read without error holds
// a text or HTML page of 1 to MaxBytes bytes and has an ID.
func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Farmers report a record harvest."}` + "\n" + `{"id":7,"html":"<p>h</p>"}`,
		"\ufeff" + `{"doc_id":"x","raw_content":"t"}` + "\r\n\r\n" + `{"url":"https://example.org/a","meta":{"url":"u"},"content":"c"}`,
		`{"id":"a","text":"t"}` + "\n" + `{"id":"a","text":"u"}` + "\n" + `not json` + "\n" + `{"text":""}` + "\n   \n" + `{"id":{"no":1},"text":"t"}`,
		`{"warc_record_id":"<urn:uuid:1>","raw_html":"<html>\u00e9\ud800</html>","warc_date":"2024-01-18T10:00:00Z"}`,
		`{"id":"a","text":"` + strings.Repeat("x", 300) + `"}`,
		"{\"text\":\"\xff\xfe\"}\n{",
		strings.Repeat("not json\n{\n\n", 8) + `{"id":"a","text":"t"}` + "\n" + strings.Repeat("[1]\n", 12),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const maxBytes = 256
		if hasGzipMagic(data) {
			return // the lines are the decompressed ones
		}
		if _, ok := utf16JSONL(bufio.NewReader(bytes.NewReader(data)), data, false); ok {
			return // the lines are the decoded ones
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
			var more, from, to int
			if p.Err != nil {
				fmt.Sscanf(p.Err.Error(), "not a JSON object: %d more lines, %d to %d,", &more, &from, &to)
			}
			if more == 0 {
				got = append(got, n)
			} else {
				// The run's record: at its first line, counting the lines that hold something.
				covered := 0
				for _, l := range want {
					if l >= from && l <= to {
						got = append(got, l)
						covered++
					}
				}
				if n != from || covered != more {
					t.Fatalf("record at %s covers %d lines of %d to %d, says %d from line %d", p.Pos, covered, from, to, more, from)
				}
			}
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
