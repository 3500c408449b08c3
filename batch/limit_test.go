package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// The size limit is one policy for every input kind: a page of exactly
// MaxBytes is read, one byte more is an ErrTooLarge record, counting the
// page's bytes after decompression (a .gz file, a WARC record's chunked or
// gzip encoding, a JSONL string's escapes) and before charset decoding.
func TestMaxBytesEdges(t *testing.T) {
	if DefaultMaxBytes != clean.DefaultMaxBytes {
		t.Errorf("the reader's default limit %d is not the cleaner's %d", DefaultMaxBytes, clean.DefaultMaxBytes)
	}
	const max = 20000            // chunks of 16 bytes add 7,500 bytes of chunk lines, more than the 4 KiB the reader peeks at
	page := func(n int) string { // a text page of n bytes
		return strings.Repeat("Word ", n/5) + strings.Repeat("x", n%5)
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	jsonl := func(s string) string { // a "\n" escape per line end: 2 bytes for 1
		return `{"id":"j","text":"` + strings.ReplaceAll(s, "\n", `\n`) + `"}` + "\n"
	}
	warc := func(body, extra string) string {
		return warcRec("response", "<urn:uuid:w>", "https://example.org/w", httpMsg, httpResp("200 OK", "text/plain", extra, body))
	}
	wrapped := func(n int) string { // n bytes, a line end every 50
		var b strings.Builder
		for b.Len() < n {
			if b.Len()%50 == 49 {
				b.WriteByte('\n')
			} else {
				b.WriteByte('a')
			}
		}
		return b.String()
	}
	for _, n := range []int{max, max + 1} {
		inputs := map[string]string{
			"file":    write("p.txt", []byte(page(n))),
			"gz file": write("p.txt.gz", gz(page(n))),
			"jsonl":   write("p.jsonl", []byte(jsonl(wrapped(n)))),
			"warc":    write("p.warc", []byte(warc(page(n), ""))),
			"chunked": write("c.warc", []byte(warc(chunked(page(n), 16), "Transfer-Encoding: chunked\r\n"))),
			"gzip":    write("g.warc", []byte(warc(string(gz(page(n))), "Content-Encoding: gzip\r\n"))),
		}
		for _, name := range slices.Sorted(func(yield func(string) bool) {
			for k := range inputs {
				if !yield(k) {
					return
				}
			}
		}) {
			var recs []Record
			for rec := range NewReader(ReadOptions{MaxBytes: max}).Paths(inputs[name]) {
				recs = append(recs, rec)
			}
			if len(recs) != 1 {
				t.Fatalf("%s of %d bytes: %d records", name, n, len(recs))
			}
			err := recs[0].Err
			switch {
			case n == max && err != nil:
				t.Errorf("%s of exactly MaxBytes: %v", name, err)
			case n == max && len(recs[0].Data) != max:
				t.Errorf("%s of exactly MaxBytes: %d bytes read", name, len(recs[0].Data))
			case n > max && (!errors.Is(err, ErrTooLarge) || !errors.Is(err, clean.ErrTooLarge)):
				t.Errorf("%s of MaxBytes+1: error %v, want ErrTooLarge", name, err)
			}
		}
	}
}

// Run takes the reader's limit: a record the reader passed is not refused
// for its size by the cleaner's default limit (clean.DefaultMaxBytes)
// when Options.Extract sets none; an Extract.MaxBytes that is set is a
// second limit, and the smaller wins.
func TestRunSizeLimitIsTheReaders(t *testing.T) {
	run := func(data []byte, ex *extract.Options) error {
		recs := func(yield func(Record) bool) { yield(Record{ID: "r", Pos: "r", Kind: KindText, Data: data}) }
		for r := range Run(context.Background(), recs, &Options{Workers: 1, Timeout: -1, Extract: ex}) {
			return r.Err
		}
		return errors.New("no result")
	}
	// Over clean's default, as a reader with a larger MaxBytes passes it:
	// cleaned (it is binary data, the one cheap way to clean 32 MB).
	big := make([]byte, clean.DefaultMaxBytes+1)
	if err := run(big, nil); !errors.Is(err, ErrBinary) {
		t.Errorf("a record over clean.DefaultMaxBytes, Extract nil: %v, want the page's own error (binary data)", err)
	}
	if err := run(big, &extract.Options{URL: "https://example.org/"}); !errors.Is(err, ErrBinary) {
		t.Errorf("a record over clean.DefaultMaxBytes, Extract.MaxBytes 0: %v, want the page's own error (binary data)", err)
	}
	prose := []byte("Ministers of the two countries met in Tbilisi on Monday to sign a new agreement on trade.\n")
	if err := run(prose, &extract.Options{MaxBytes: len(prose)}); err != nil {
		t.Errorf("a record of exactly Extract.MaxBytes: %v", err)
	}
	if err := run(prose, &extract.Options{MaxBytes: len(prose) - 1}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a record over Extract.MaxBytes: %v, want ErrTooLarge", err)
	}
}
