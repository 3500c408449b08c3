package htmldoc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestCharsets(t *testing.T) {
	cp1251, err := charmap.Windows1251.NewEncoder().String("Привет, мир")
	if err != nil {
		t.Fatal(err)
	}
	latin1, err := charmap.ISO8859_1.NewEncoder().String("Café crème")
	if err != nil {
		t.Fatal(err)
	}
	sjis, err := japanese.ShiftJIS.NewEncoder().String("日本語")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("<p>Grüße</p>")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, contentType, src string
		text                   string
		warnings               []Warning
	}{{
		name: "meta charset windows-1251",
		src:  `<html><head><meta charset="windows-1251"></head><body><p>` + cp1251 + `</p>`,
		text: "Привет, мир", warnings: []Warning{{WarnCharset, "charset windows-1251 decoded"}},
	}, {
		name: "http-equiv cp1251 label",
		src:  `<meta http-equiv="Content-Type" content="text/html; charset=cp1251"><p>` + cp1251,
		text: "Привет, мир", warnings: []Warning{{WarnCharset, "charset windows-1251 decoded"}},
	}, {
		name:        "Content-Type iso-8859-1 (read as windows-1252, as browsers do)",
		contentType: "text/html; charset=ISO-8859-1",
		src:         `<p>` + latin1 + `</p>`,
		text:        "Café crème", warnings: []Warning{{WarnCharset, "charset windows-1252 decoded"}},
	}, {
		name:        "Content-Type wins over meta",
		contentType: `text/html;charset="windows-1251"`,
		src:         `<meta charset="iso-8859-1"><p>` + cp1251,
		text:        "Привет, мир", warnings: []Warning{{WarnCharset, "charset windows-1251 decoded"}},
	}, {
		name:        "malformed Content-Type still read",
		contentType: "text/html; charset=shift_jis; ;=",
		src:         "<p>" + sjis,
		text:        "日本語", warnings: []Warning{{WarnCharset, "charset shift_jis decoded"}},
	}, {
		name: "declared latin-1 but really UTF-8",
		src:  `<meta charset="iso-8859-1"><p>Café – “quoted”</p>`,
		text: "Café – “quoted”", warnings: []Warning{{WarnCharset, "declared charset windows-1252 ignored: the bytes are valid UTF-8"}},
	}, {
		name: "declared latin-1, ASCII only: nothing to do",
		src:  `<meta charset="iso-8859-1"><p>plain &eacute;</p>`,
		text: "plain é",
	}, {
		name: "no declaration, invalid UTF-8",
		src:  "<p>bad \xff\xfe bytes \xc3</p>",
		text: "bad \uFFFD\uFFFD bytes \uFFFD", warnings: []Warning{{WarnInvalidUTF8, "invalid UTF-8 replaced by U+FFFD (3 bytes)"}},
	}, {
		name: "no declaration, one invalid byte",
		src:  "<p>one \xff byte</p>",
		text: "one \uFFFD byte", warnings: []Warning{{WarnInvalidUTF8, "invalid UTF-8 replaced by U+FFFD (1 byte)"}},
	}, {
		name: "unknown charset",
		src:  `<meta charset="x-klingon"><p>ok</p>`,
		text: "ok", warnings: []Warning{{WarnCharset, `unknown charset "x-klingon" (from <meta>): assumed UTF-8`}},
	}, {
		name: "UTF-8 BOM beats meta",
		src:  "\xEF\xBB\xBF<meta charset=windows-1251><p>Grüße</p>",
		text: "Grüße",
	}, {
		name: "UTF-16LE with BOM",
		src:  utf16,
		text: "Grüße", warnings: []Warning{{WarnCharset, "charset utf-16le decoded"}},
	}, {
		name: "meta declaring UTF-16 means UTF-8",
		src:  `<meta charset="utf-16"><p>Grüße</p>`,
		text: "Grüße",
	}, {
		name: "declaration in a comment is ignored",
		src:  `<!-- <meta charset="windows-1251"> --><p>Grüße</p>`,
		text: "Grüße",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.src), tt.contentType, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, b := range doc.Blocks {
				texts = append(texts, b.Text)
			}
			if diff := cmp.Diff(tt.text, strings.Join(texts, "|")); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.warnings, doc.Warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCharsetParam(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=utf-8":     "utf-8",
		"text/html;charset = 'koi8-r'": "koi8-r",
		"charset=\"gbk\";x=y":          "gbk",
		"text/html":                    "",
		"charsetx":                     "",
		"\xa2ChArset=x":                "x",
		"İİcharset=koi8-r":             "koi8-r",
	} {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}
