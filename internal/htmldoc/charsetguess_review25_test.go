package htmldoc

import (
	"strings"
	"testing"

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
