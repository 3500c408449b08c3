package batch

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// lyingRec is a response record whose Content-Length is off by delta.
func lyingRec(id string, delta int) string {
	block := httpResp("200 OK", "text/html", "", "<html><body><p>Page "+id+" says hello.</p></body></html>")
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: https://example.org/%s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, id, httpMsg, len(block)+delta, block)
}

// TestWARCResync: a wrong Content-Length, too long or too short, in a plain
// or gzipped archive, and a damaged gzip member, lose only their own record:
// it becomes an error record and every later record is read. A length too
// long must not take the next header into the page.
func TestWARCResync(t *testing.T) {
	a, c, d := lyingRec("a", 0), lyingRec("c", 0), lyingRec("d", 0)
	gzb := gzipBytes(t, lyingRec("b", 0))
	tests := []struct {
		name string
		in   string
		bad  string // the error record's id
		err  error
	}{
		{"too long", a + lyingRec("b", 60) + c + d, "urn:uuid:b", ErrWARCLength},
		{"far too long", a + lyingRec("b", 1<<20) + c + d, "urn:uuid:b", ErrWARCLength},
		{"too short", a + lyingRec("b", -20) + c + d, "urn:uuid:b", ErrWARCLength},
		{"too long, gzip", string(gzipRecords(t, a, lyingRec("b", 60), c, d)), "urn:uuid:b", ErrWARCLength},
		{"too short, gzip", string(gzipRecords(t, a, lyingRec("b", -20), c, d)), "urn:uuid:b", ErrWARCLength},
		{"truncated last gzip member", string(gzipRecords(t, a, c, d)) + string(gzb[:len(gzb)/2]), "-#4", nil},
		{"corrupt gzip member", string(gzipRecords(t, a)) + string(gzb[:20]) + strings.Repeat("\xff", 40) + string(gzb[60:]) + string(gzipRecords(t, c, d)), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readAll(t, nil, "warc", strings.NewReader(tt.in), ReadOptions{})
			var ids []string
			for _, g := range got {
				if strings.Contains(g.Data, "WARC/1.1") || strings.Contains(g.Data, "WARC-Type") {
					t.Errorf("%s: the next record's header leaked into the page: %q", g.ID, g.Data)
				}
				if g.Err == "" {
					ids = append(ids, g.ID)
				} else if tt.bad != "" && g.ID != tt.bad {
					t.Errorf("error record %s (%s), want %s", g.ID, g.Err, tt.bad)
				}
			}
			if want := "urn:uuid:a urn:uuid:c urn:uuid:d"; strings.Join(ids, " ") != want {
				// A member cut short in the middle of an archive can take
				// the next one with it (the decompressor reads into it);
				// the corrupt one here is cut in its header, and only it is lost.
				t.Errorf("pages %v, want %s; all: %+v", ids, want, got)
			}
			if len(got) != 4 {
				t.Errorf("%d records, want 4 (one error): %+v", len(got), got)
			}
		})
	}
	// The error is ErrWARCLength, to be matched.
	for rec := range NewReader(ReadOptions{Stdin: strings.NewReader(a + lyingRec("b", 60) + c)}).Paths() {
		if rec.ID == "urn:uuid:b" && !errors.Is(rec.Err, ErrWARCLength) {
			t.Errorf("b: %v, want ErrWARCLength", rec.Err)
		}
	}
}

// TestWARCBlockQuotesHeader: a page that mentions a WARC version line, not
// after a blank line or without a WARC field after it, is read whole.
func TestWARCBlockQuotesHeader(t *testing.T) {
	body := "<pre>\nWARC/1.0\nis the version line of a record\n\nWARC/1.1\nand so is this\n</pre>"
	in := warcRec("resource", "<urn:uuid:q>", "", "text/html", body) + lyingRec("z", 0)
	got, _ := readAll(t, nil, "warc", strings.NewReader(in), ReadOptions{})
	if len(got) != 2 || got[0].Data != body || got[1].ID != "urn:uuid:z" {
		t.Errorf("got %+v", got)
	}
}

// TestWARCSkippedCounts: records that hold no page are counted by reason,
// continuation segments among them.
func TestWARCSkippedCounts(t *testing.T) {
	img := warcRec("response", "<urn:uuid:img>", "https://example.org/i.jpg", httpMsg, httpResp("200 OK", "image/jpeg; x=y", "", "\xff\xd8\xff\xe0"))
	cont := "WARC/1.1\r\nWARC-Type: continuation\r\nWARC-Segment-Origin-ID: <urn:uuid:x>\r\nWARC-Segment-Number: 2\r\nContent-Length: 9\r\n\r\nrest here\r\n\r\n"
	r := NewReader(ReadOptions{Stdin: strings.NewReader(img + img + cont + lyingRec("a", 0))})
	n := 0
	for range r.Paths() {
		n++
	}
	c := r.Counts()
	if n != 1 || c.Skipped["image/jpeg"] != 2 || c.Skipped["record continuation"] != 1 || c.SkippedTotal() != 3 {
		t.Errorf("%d records, counts %+v", n, c)
	}
	if got := SkippedString(c.Skipped); got != "2 image/jpeg, 1 record continuation" {
		t.Errorf("SkippedString = %q", got)
	}
}

// TestSeekRecordHeader finds a header past a window's end and ignores
// lookalikes.
func TestSeekRecordHeader(t *testing.T) {
	junk := strings.Repeat("x", 70<<10) + "\nWARC/1.1 is not it\n" + "WARC/1.0\r\nnot a field\r\n"
	in := junk + lyingRec("a", 0)
	got, _ := readAll(t, nil, "warc", strings.NewReader("WARC/1.0\r\nbad\r\n\r\n"+in), ReadOptions{})
	if len(got) != 2 || got[1].ID != "urn:uuid:a" {
		t.Errorf("got %+v", got)
	}
	if !isRecordHeader([]byte("WARC/1.1\r\nWARC-Type: x")) || isRecordHeader([]byte("WARC/1.1\r\nHello: x")) || isRecordHeader(bytes.Repeat([]byte("W"), 10)) {
		t.Error("isRecordHeader")
	}
}
