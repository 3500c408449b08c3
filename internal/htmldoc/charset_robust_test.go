package htmldoc

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// encodeUTF16 encodes s as UTF-16 in the given byte order, without a
// byte-order mark.
func encodeUTF16(s string, bigEndian bool) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestUTF16WithoutBOM: a page in UTF-16 without a byte-order mark or a
// <meta> is decoded in either byte order, whatever the Content-Type says
// (it cannot tell the byte order). Before, big-endian was "not HTML"
// (it starts with a NUL) and little-endian was read as UTF-8 with NULs,
// the markup coming out as the page's text.
func TestUTF16WithoutBOM(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>Bridge to open</title></head><body>" +
		"<h1>Bridge to open next spring</h1><p>Officials said on Tuesday that the bridge would open, and the mayor – Ana Núñez – agreed.</p></body></html>"
	for _, be := range []bool{true, false} {
		for _, ct := range []string{"", "text/html; charset=utf-16", "text/html; charset=utf-8"} {
			doc, err := Parse(encodeUTF16(page, be), ct, Limits{})
			if err != nil {
				t.Fatalf("big-endian %v, %q: %v", be, ct, err)
			}
			got := segs(doc.Blocks)
			if len(got) != 2 || got[0].Text != "Bridge to open next spring" || !strings.Contains(got[1].Text, "Ana Núñez") {
				t.Errorf("big-endian %v, %q: blocks %q", be, ct, got)
			}
			if doc.Meta.Title != "Bridge to open" {
				t.Errorf("big-endian %v, %q: title %q", be, ct, doc.Meta.Title)
			}
		}
	}
}
