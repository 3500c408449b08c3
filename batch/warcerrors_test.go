package batch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestWARCErrorsMatchASentinel holds the package to its word, "every
// error is matched with errors.Is": each damaged WARC record is an error
// record whose error matches one of the package's sentinels (a header or
// HTTP response the reader cannot read, a Content-Length that is no number,
// a payload encoding it cannot undo are ErrWARCMalformed), with its text
// saying which, and reading goes on to the good record after it.
func TestWARCErrorsMatchASentinel(t *testing.T) {
	page := httpResp("200 OK", "text/html", "", pageHTML)
	good := warcRec("response", "<urn:uuid:good>", "https://example.org/g", "application/http; msgtype=response", page)
	bad := []struct{ name, rec, text string }{
		{"no Content-Length", "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:a>\r\n\r\nbody\r\n\r\n", "no Content-Length"},
		{"Content-Length not a number", strings.Replace(good, "Content-Length: ", "Content-Length: x", 1), "bad or missing Content-Length"},
		{"header line without a colon", strings.Replace(good, "WARC-Type: response\r\n", "WARC-Type response\r\n", 1), "malformed WARC header line"},
		{"HTTP status line", warcRec("response", "<urn:uuid:b>", "https://example.org/b", "application/http; msgtype=response", "HTTP/1.1 OK\r\n\r\n"+pageHTML), "malformed HTTP status line"},
		{"unknown Content-Encoding", warcRec("response", "<urn:uuid:c>", "https://example.org/c", "application/http; msgtype=response", httpResp("200 OK", "text/html", "Content-Encoding: zz\r\n", "\x01\x02\x03 not a page")), "unsupported Content-Encoding"},
		{"damaged gzip payload", warcRec("response", "<urn:uuid:d>", "https://example.org/d", "application/http; msgtype=response", httpResp("200 OK", "text/html", "Content-Encoding: gzip\r\n", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage that is no deflate stream")), "payload"},
	}
	sentinels := []error{ErrEmpty, ErrBinary, ErrTooLarge, ErrNoFiles, ErrWARCLength, ErrWARCTruncated, ErrWARCMalformed}
	for _, b := range bad {
		r := NewReader(ReadOptions{Kind: KindWARC})
		var got []Record
		for rec := range r.Stream("x.warc", strings.NewReader(b.rec+good)) {
			got = append(got, rec)
		}
		if len(got) == 0 || got[len(got)-1].ID != "urn:uuid:good" || got[len(got)-1].Err != nil {
			t.Errorf("%s: the good record after the bad one was not read: %+v", b.name, got)
			continue
		}
		if len(got) != 2 || got[0].Err == nil {
			t.Errorf("%s: want one error record before the good one, got %+v", b.name, got)
			continue
		}
		err := got[0].Err
		if !strings.Contains(err.Error(), b.text) {
			t.Errorf("%s: error %q does not say %q", b.name, err, b.text)
		}
		if !errors.Is(err, ErrWARCMalformed) {
			matched := false
			for _, s := range sentinels {
				matched = matched || errors.Is(err, s)
			}
			t.Errorf("%s: error %q does not match ErrWARCMalformed (matches another sentinel: %v)", b.name, err, matched)
		}
	}
}

// TestTruncatedGzipIsUnexpectedEOF checks the package doc's word on a
// damaged gzip stream: a .gz page cut short is a record whose error
// matches io.ErrUnexpectedEOF.
func TestTruncatedGzipIsUnexpectedEOF(t *testing.T) {
	gz := gzipBytes(t, strings.Repeat("A line of a page that goes on for a while.\n", 200))
	r := NewReader(ReadOptions{})
	var got []Record
	for rec := range r.Stream("page.txt.gz", strings.NewReader(string(gz[:len(gz)/2]))) {
		got = append(got, rec)
	}
	if len(got) != 1 || !errors.Is(got[0].Err, io.ErrUnexpectedEOF) {
		t.Errorf("a gzip stream cut in half: got %+v, want one record whose error matches io.ErrUnexpectedEOF", got)
	}
}

// FuzzWARCErrorsMatch holds every error record of the WARC reader, on any
// input, to the package doc: it matches one of the package's sentinels or
// is a damaged gzip stream's read error.
func FuzzWARCErrorsMatch(f *testing.F) {
	records, _, _ := warcFixture(f)
	for _, r := range records {
		f.Add([]byte(r))
	}
	f.Add(gzipRecords(f, records[2], records[7]))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(ReadOptions{Kind: KindWARC, MaxBytes: 1 << 10, Stdin: bytes.NewReader(data)})
		for p := range r.Paths() {
			if p.Err != nil && !knownReadError(p.Err) {
				t.Fatalf("record %q: error %q matches no sentinel", p.ID, p.Err)
			}
		}
	})
}

// knownReadError reports whether err is one the package doc names for a
// record the reader rejects.
func knownReadError(err error) bool {
	for _, s := range []error{ErrEmpty, ErrBinary, ErrTooLarge, ErrNoFiles, ErrWARCLength, ErrWARCTruncated, ErrWARCMalformed, io.ErrUnexpectedEOF, gzip.ErrHeader, gzip.ErrChecksum} {
		if errors.Is(err, s) {
			return true
		}
	}
	var ce flate.CorruptInputError
	return errors.As(err, &ce)
}

// FuzzReadErrorsMatch is FuzzWARCErrorsMatch for a sniffed input (a page,
// JSONL, WARC, each maybe gzipped), where a JSONL line may also be
// ErrMalformed.
func FuzzReadErrorsMatch(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"A page."}` + "\n" + `{"id":"b","html":5}` + "\n" + "not json\n"))
	f.Add([]byte(pageHTML))
	f.Add([]byte("\x00\x01binary"))
	f.Add(gzipBytes(f, pageText))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(ReadOptions{MaxBytes: 1 << 10, Stdin: bytes.NewReader(data)})
		for p := range r.Paths() {
			if p.Err != nil && !knownReadError(p.Err) && !errors.Is(p.Err, ErrMalformed) {
				t.Fatalf("record %q: error %q matches no sentinel", p.ID, p.Err)
			}
		}
	})
}
