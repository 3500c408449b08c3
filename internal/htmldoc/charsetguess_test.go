package htmldoc

import (
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// TestUndeclaredCharsetGuessed checks that a page in a single-byte charset
// that declares none (no Content-Type charset, no <meta>), or declares
// UTF-8, is decoded from
// the charset its letters fit, with a warning naming the guess, instead of
// becoming replacement characters; and that UTF-8 with a few broken bytes
// is still read as UTF-8.
func TestUndeclaredCharsetGuessed(t *testing.T) {
	ru := "Во вторник совет собрался, чтобы обсудить бюджет на следующий год, и согласовал большинство статей."
	fr := "Le conseil s'est réuni mardi pour étudier le budget de l'année prochaine et a approuvé presque tout, à l'unanimité."
	tests := []struct {
		name    string
		cm      *charmap.Charmap
		head    string // what the page says of its charset
		text    string
		warning string
	}{
		{"windows-1251", charmap.Windows1251, "", ru, "no charset declared: decoded from windows-1251 ("},
		{"koi8-r", charmap.KOI8R, "", ru, "no charset declared: decoded from koi8-r ("},
		{"latin-1", charmap.ISO8859_1, "", fr, "no charset declared: decoded from windows-1252 ("},
		{"windows-1251 declared utf-8", charmap.Windows1251, `<meta charset="utf-8">`, ru, "declared utf-8 but not UTF-8: decoded from windows-1251 ("},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, err := tt.cm.NewEncoder().String(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse([]byte("<html><head>"+tt.head+"<title>x</title></head><body><p>"+enc+"</p></body></html>"), "", Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Blocks) != 1 || doc.Blocks[0].Text != tt.text {
				t.Errorf("blocks %+v, want one holding %q", doc.Blocks, tt.text)
			}
			// The warning names the guess; what follows it (how it was
			// found) is textenc's to word.
			if len(doc.Warnings) != 1 || doc.Warnings[0].Kind != WarnCharset || !strings.HasPrefix(doc.Warnings[0].Detail, tt.warning) {
				t.Errorf("warnings %+v, want one %s starting %q", doc.Warnings, WarnCharset, tt.warning)
			}
		})
	}
	// UTF-8 with one broken byte among many good ones stays UTF-8.
	doc, err := Parse([]byte("<p>"+ru+" \xff "+ru+"</p>"), "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if want := ru + " \uFFFD " + ru; len(doc.Blocks) != 1 || doc.Blocks[0].Text != want {
		t.Errorf("damaged UTF-8: blocks %+v, want one holding %q", doc.Blocks, want)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Kind != WarnInvalidUTF8 {
		t.Errorf("damaged UTF-8: warnings %+v, want one invalid-utf8", doc.Warnings)
	}
}

// TestXMLDeclarationCharset checks that the encoding an XHTML page's XML
// declaration names is honoured when no <meta> or Content-Type says one,
// that a <meta> wins over it, and that one naming UTF-16 in an
// ASCII-compatible page is read as UTF-8, as a <meta> naming it is.
func TestXMLDeclarationCharset(t *testing.T) {
	fr := "Le conseil s'est réuni mardi, à l'unanimité."
	latin1, err := charmap.ISO8859_1.NewEncoder().String(fr)
	if err != nil {
		t.Fatal(err)
	}
	cp1251, err := charmap.Windows1251.NewEncoder().String("Совет принял бюджет")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, src, text, warning string }{
		{"declaration", `<?xml version="1.0" encoding="iso-8859-1"?>` + "\n<html><body><p>" + latin1, fr, "charset windows-1252 decoded"},
		{"single quotes", `<?xml version='1.0' encoding = 'ISO-8859-1' ?><html><body><p>` + latin1, fr, "charset windows-1252 decoded"},
		{"meta wins", `<?xml version="1.0" encoding="iso-8859-1"?><html><head><meta charset="windows-1251"></head><body><p>` + cp1251, "Совет принял бюджет", "charset windows-1251 decoded"},
		{"utf-16 named in ASCII", `<?xml version="1.0" encoding="utf-16"?><html><body><p>Grüße`, "Grüße", ""},
	}
	for _, tt := range tests {
		doc, err := Parse([]byte(tt.src), "", Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Blocks) != 1 || doc.Blocks[0].Text != tt.text {
			t.Errorf("%s: blocks %+v, want one holding %q", tt.name, doc.Blocks, tt.text)
		}
		var got string
		for _, w := range doc.Warnings {
			got += w.Detail
		}
		if got != tt.warning {
			t.Errorf("%s: warnings %+v, want %q", tt.name, doc.Warnings, tt.warning)
		}
	}
}

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
