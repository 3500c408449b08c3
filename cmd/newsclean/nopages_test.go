package main

import (
	"fmt"
	"strings"
	"testing"
)

// TestNoPagesSaysRecordOnce checks the message of a run whose archive held
// no page: one skipped record is "1 WARC record", as the summary line says
// it, and the exit status is 1.
func TestNoPagesSaysRecordOnce(t *testing.T) {
	http := "HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\n\r\nGIF89a12"
	warc := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:i>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(http), http)
	_, stderr, code := cli(t, warc, "-format", "jsonl")
	if want := "no pages in the input: skipped 1 WARC record (1 image/gif)"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	_, stderr, _ = cli(t, warc+warc, "-format", "jsonl")
	if want := "skipped 2 WARC records (2 image/gif)"; !strings.Contains(stderr, want) {
		t.Errorf("stderr %q; want %q", stderr, want)
	}
}
