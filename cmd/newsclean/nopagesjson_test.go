package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNoPagesJSONIsArray: a json run that read no page (an archive of
// images) still prints JSON, the empty array, besides its message and exit
// status 1; text output stays empty.
func TestNoPagesJSONIsArray(t *testing.T) {
	img := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:i>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 49\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0\r\n\r\n"
	out, stderr, code := cli(t, img, "-format", "json")
	var arr []any
	if code != 1 || json.Unmarshal([]byte(out), &arr) != nil || arr == nil || len(arr) != 0 {
		t.Errorf("exit %d, out %q, stderr %q; want 1 and []", code, out, stderr)
	}
	if out, _, _ := cli(t, img); out != "" {
		t.Errorf("text output %q, want none", out)
	}
}

// TestHTMLOutputTitled: an article without a title still gets a <title>
// in HTML output (HTML wants it not empty).
func TestHTMLOutputTitled(t *testing.T) {
	out, _, code := cli(t, "Subscribe to our newsletter\n", "-format", "html")
	if code != 0 || !strings.Contains(out, "<title>Untitled</title>") {
		t.Errorf("exit %d, out %q", code, out)
	}
}
