package sniff

import (
	"testing"
	"unicode/utf16"
)

// utf16le encodes s as UTF-16 little-endian with a byte order mark.
func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func TestPage(t *testing.T) {
	for _, c := range []struct {
		name string
		head []byte
		want string
	}{
		{"doctype", []byte("<!DOCTYPE html><html><body><p>Hi</p></body></html>"), HTML},
		{"flattened text", []byte("Baku ready to open communications\n\nBAKU, March 14. /TASS/. Baku is ready."), Text},
		{"text quoting one tag", []byte("The council wrote <b> in its notes, then left the meeting early.\nMore text follows here."), Text},
		{"a BOM before the markup", append(append([]byte{}, UTF8BOM...), "<html><head><title>x</title></head><body></body></html>"...), HTML},
		{"binary", []byte("PK\x03\x04\x00\x00binary zip data"), Binary},
		{"UTF-16 HTML", utf16le("<html><body><p>Hi</p></body></html>"), HTML},
		{"UTF-16 text", utf16le("Baku ready to open communications"), Text},
		{"empty", nil, Text},
	} {
		if got := Page(c.head); got != c.want {
			t.Errorf("%s: Page = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestASCIIOfUTF16(t *testing.T) {
	if got := string(ASCIIOfUTF16(utf16le("<p>Hi</p>"))); got != "<p>Hi</p>" {
		t.Errorf("ASCIIOfUTF16 = %q", got)
	}
}
